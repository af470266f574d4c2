import type { ActionEntry } from "./action-registry";

/**
 * Registry entries (see action-registry.ts for the format) of the inbox, notification settings and account e-mail
 * actions. The inbox actions name a notification: B's (and A's AM probing A's leader's) must be "not found".
 */
const PASSWORD = "a brand new fuzz password";

export const NOTIFICATION_ACTIONS: Record<string, ActionEntry> = {
  "lib/actions/notifications#markNotificationRead": {
    call: "member",
    valid: (t) => ({ notificationId: t.ids.notification }),
    foreignIds: ({ b }) => [{ notificationId: b.ids.notification }],
  },
  "lib/actions/notifications#markAllNotificationsRead": {
    call: "member",
    valid: () => ({ scope: "all" }),
    foreignIds: () => [], // the caller's own notifications only; names no row
  },
  "lib/actions/notifications#setNotificationPreference": {
    call: "member",
    valid: () => ({ event: "digest.leader_weekly", inApp: true, email: false, slack: false }),
    foreignIds: () => [],
  },
  "lib/actions/notifications#setDigestDay": {
    call: "member",
    valid: () => ({ weekday: "3" }),
    foreignIds: () => [],
  },
  "lib/actions/notifications#setSlackWebhook": {
    call: "member",
    valid: () => ({ url: "https://hooks.example.test/services/T000/B000/fuzzsecret" }),
    foreignIds: () => [],
  },
  "lib/actions/account-mail#requestPasswordReset": {
    call: "input",
    actor: () => null,
    valid: (t) => ({ email: t.users.leader.email }),
    foreignIds: () => [],
  },
  "lib/actions/account-mail#resetPassword": {
    call: "input",
    actor: () => null,
    valid: (t) => ({ token: t.resetToken, password: PASSWORD, confirm: PASSWORD }),
    // Another agency's person's token works for that person only: it names no agency. A made-up token is refused.
    foreignIds: () => [{ token: "x".repeat(43), password: PASSWORD, confirm: PASSWORD }],
    textCases: 10, // hashes a password with argon2id
  },
  "lib/actions/account-mail#verifyEmail": {
    call: "input",
    actor: () => null,
    valid: (t) => ({ token: t.verifyToken }),
    foreignIds: () => [{ token: "y".repeat(43) }],
  },
  "lib/actions/notifications#sendVerificationEmail": {
    call: "member",
    valid: () => ({ send: true }),
    foreignIds: () => [],
  },
};
