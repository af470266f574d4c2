"use server";

import { actionGroup, defineAction } from "@/lib/actions/define-action";
import { ActionError, INVALID_INPUT_MESSAGE } from "@/lib/actions/result";
import { webhookAddressProblem } from "@/lib/mail/webhook";
import * as notifications from "@/lib/domain/notifications/mutations";
import {
  digestDaySchema,
  emptySchema,
  markAllReadSchema,
  markReadSchema,
  preferenceSchema,
  webhookSchema,
} from "@/lib/domain/notifications/schemas";

/** The inbox and notification settings: every member acts on their own rows; the webhook is the leaders'. */
const ownAction = actionGroup("notifications", { permission: "agency:read", revalidate: ["/notifications"] });

export const markNotificationRead = ownAction("markRead", markReadSchema, notifications.markRead, {
  revalidate: ["/inbox"],
});
export const markAllNotificationsRead = ownAction("markAllRead", markAllReadSchema, notifications.markAllRead, {
  revalidate: ["/inbox"],
});
export const setNotificationPreference = ownAction("setPreference", preferenceSchema, notifications.setPreference);
export const setDigestDay = ownAction("setDigestDay", digestDaySchema, notifications.setDigestDay);
export const setSlackWebhook = defineAction({
  name: "notifications.setWebhook",
  schema: webhookSchema,
  permission: "agency:settings",
  secretFields: ["url"],
  revalidate: ["/notifications"],
  // Before the transaction: the address check may wait on DNS.
  async prepare({ input }) {
    const problem = input.url === "" ? null : await webhookAddressProblem(input.url);
    if (problem) throw new ActionError("invalid", INVALID_INPUT_MESSAGE, { url: [problem] });
  },
  run: notifications.setWebhook,
});

/** A signed-in member asks for a (new) confirmation e-mail for their own address (lib/domain/auth-mail). */
export const sendVerificationEmail = defineAction({
  name: "account.sendVerificationEmail",
  schema: emptySchema,
  permission: "agency:read",
  run: notifications.requestVerification,
});
