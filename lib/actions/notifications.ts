"use server";

import { defineAction } from "@/lib/actions/define-action";
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
export const markNotificationRead = defineAction({
  name: "notifications.markRead",
  schema: markReadSchema,
  permission: "agency:read",
  run: notifications.markRead,
  revalidate: ["/inbox"],
});

export const markAllNotificationsRead = defineAction({
  name: "notifications.markAllRead",
  schema: markAllReadSchema,
  permission: "agency:read",
  run: notifications.markAllRead,
  revalidate: ["/inbox"],
});

export const setNotificationPreference = defineAction({
  name: "notifications.setPreference",
  schema: preferenceSchema,
  permission: "agency:read",
  run: notifications.setPreference,
  revalidate: ["/notifications"],
});

export const setDigestDay = defineAction({
  name: "notifications.setDigestDay",
  schema: digestDaySchema,
  permission: "agency:read",
  run: notifications.setDigestDay,
  revalidate: ["/notifications"],
});

export const setSlackWebhook = defineAction({
  name: "notifications.setWebhook",
  schema: webhookSchema,
  permission: "agency:settings",
  run: notifications.setWebhook,
  secretFields: ["url"],
  revalidate: ["/notifications"],
});

/** A signed-in member asks for a (new) confirmation e-mail for their own address (lib/domain/auth-mail). */
export const sendVerificationEmail = defineAction({
  name: "account.sendVerificationEmail",
  schema: emptySchema,
  permission: "agency:read",
  run: notifications.requestVerification,
});
