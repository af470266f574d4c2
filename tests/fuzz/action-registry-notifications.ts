import type { ActionEntry } from "./action-registry";
import { rowAction, rowlessAction } from "./action-entries";

/**
 * Registry entries (see action-registry.ts for the format) of the inbox, notification settings and account e-mail
 * actions. The inbox actions name a notification: B's (and A's AM probing A's leader's) must be "not found".
 */
const PASSWORD = "a brand new fuzz password";

/** An action from an e-mailed link: the caller is signed out and sends `(input)`. */
const signedOut = (valid: ActionEntry["valid"], foreignIds: ActionEntry["foreignIds"] = () => []): ActionEntry => ({
  call: "input",
  actor: () => null,
  valid,
  foreignIds,
});

export const NOTIFICATION_ACTIONS: Record<string, ActionEntry> = {
  "lib/actions/notifications#markNotificationRead": rowAction("notificationId", "notification"),
  // The caller's own notifications only; names no row.
  "lib/actions/notifications#markAllNotificationsRead": rowlessAction(() => ({ scope: "all" })),
  "lib/actions/notifications#setNotificationPreference": rowlessAction(() => ({
    event: "digest.leader_weekly",
    inApp: true,
    email: false,
    slack: false,
  })),
  "lib/actions/notifications#setDigestDay": rowlessAction(() => ({ weekday: "3" })),
  "lib/actions/notifications#setSlackWebhook": rowlessAction(() => ({
    url: "https://hooks.example.test/services/T000/B000/fuzzsecret",
  })),
  "lib/actions/account-mail#requestPasswordReset": signedOut((t) => ({ email: t.users.leader.email })),
  "lib/actions/account-mail#resetPassword": {
    ...signedOut(
      (t) => ({ token: t.resetToken, password: PASSWORD, confirm: PASSWORD }),
      // Another agency's person's token works for that person only: it names no agency. A made-up token is refused.
      () => [{ token: "x".repeat(43), password: PASSWORD, confirm: PASSWORD }],
    ),
    textCases: 10, // hashes a password with argon2id
  },
  "lib/actions/account-mail#verifyEmail": signedOut(
    (t) => ({ token: t.verifyToken }),
    () => [{ token: "y".repeat(43) }],
  ),
  "lib/actions/notifications#sendVerificationEmail": rowlessAction(() => ({ send: true })),
};
