import { z } from "zod";
import { EVENT_KEYS } from "@/lib/notifications/events";

const flag = z
  .union([z.boolean(), z.enum(["on", "off", "true", "false"])])
  .transform((v) => v === true || v === "on" || v === "true");

export const markReadSchema = z.object({ notificationId: z.uuid("That notification was not found.") });
export const markAllReadSchema = z.object({ scope: z.literal("all", "Say which notifications.") });
export const emptySchema = z.object({ send: z.literal(true, "Nothing to send.") });

export const preferenceSchema = z.object({
  event: z.enum(EVENT_KEYS as [string, ...string[]], "Choose an event."),
  inApp: flag,
  email: flag,
  slack: flag,
});

/** "" = the agency's week start; "0" (Sunday) … "6" (Saturday). */
export const digestDaySchema = z.object({
  weekday: z.union([z.literal(""), z.enum(["0", "1", "2", "3", "4", "5", "6"], "Choose a day of the week.")]),
});

/** A Slack-compatible incoming webhook: https only; "" removes it. */
export const webhookSchema = z.object({
  url: z.union([
    z.literal(""),
    z
      .url({ protocol: /^https$/, message: "Enter the webhook's https:// address." })
      .max(500, "At most 500 characters."),
  ]),
});
