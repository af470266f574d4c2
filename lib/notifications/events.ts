/**
 * The events a member can be notified about, with their default channels. Preferences (NotificationPreference rows)
 * override a default per member per agency; no row = the default. Pure: shared by the preferences page and notify().
 */
export type Channel = "inApp" | "email" | "slack";
export type ChannelSet = Record<Channel, boolean>;

export const NOTIFICATION_EVENTS = {
  "digest.leader_weekly": {
    label: "Weekly leader digest",
    description: "What changed in the portfolio since last week (leaders).",
    defaults: { inApp: true, email: true, slack: false },
  },
  "digest.am_daily": {
    label: "Daily digest of what is due",
    description: "Your check-ins and follow-ups due today or overdue (account managers).",
    defaults: { inApp: true, email: true, slack: false },
  },
  "followup.assigned": {
    label: "Follow-up assigned to me",
    description: "A follow-up was created for you from a signal or by a colleague.",
    defaults: { inApp: true, email: true, slack: false },
  },
  "followup.due": {
    label: "Follow-up due",
    description: "One of your follow-ups is due today or overdue.",
    defaults: { inApp: true, email: false, slack: false },
  },
} as const satisfies Record<string, { label: string; description: string; defaults: ChannelSet }>;

export type NotificationEvent = keyof typeof NOTIFICATION_EVENTS;
export const EVENT_KEYS = Object.keys(NOTIFICATION_EVENTS) as NotificationEvent[];

export function isNotificationEvent(value: string): value is NotificationEvent {
  return Object.hasOwn(NOTIFICATION_EVENTS, value);
}

/** The channels in force for one event: the member's row when there is one, else the event's defaults. */
export function channelsFor(event: NotificationEvent, row: ChannelSet | null | undefined): ChannelSet {
  const { inApp, email, slack } = row ?? NOTIFICATION_EVENTS[event].defaults;
  return { inApp, email, slack };
}
