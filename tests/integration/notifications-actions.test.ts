import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { signInAs } from "../support/session";
import { startTestSmtp, type TestSmtp } from "../support/smtp";

/**
 * The inbox and notification-settings actions (valid + audited, invalid, wrong role, other agency) and the account
 * e-mails (password reset end to end over a real SMTP server, no account enumeration, sessions ended; verification;
 * invitation e-mail through the outbox).
 */
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "test-secret-for-unsubscribe-links-0123456789";
});
vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => new Map() }));
const actions = await import("../../lib/actions/notifications");
const mailActions = await import("../../lib/actions/account-mail");
const { invite } = await import("../../lib/actions/members");
const { authMail } = await import("../../lib/domain/auth-mail/user-tokens");
const { deliverPendingNotifications } = await import("../../lib/notifications/jobs");
const { passwordMatches } = await import("../../lib/auth/credentials");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;
let smtp: TestSmtp;
const note = (f: AgencyFixture, who: "leader" | "am", title = "Hello") =>
  db.admin.notification.create({
    data: { agencyId: f.agency.id, userId: f.users[who].id, event: "followup.assigned", title, body: "Body" },
  });
const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
};

setUpTwoAgencies((s) => ({ db, a, b } = s));
beforeAll(async () => {
  smtp = await startTestSmtp();
  authMail.options = { smtpUrl: smtp.url };
});
afterAll(async () => smtp?.close());
beforeEach(() => signInAsMember(a, "leader"));

describe("the inbox", () => {
  it("marks one read (audited), then all read; another person's or agency's notification is not found", async () => {
    const mine = await note(a, "leader");
    await note(a, "leader", "Second");
    const amNote = await note(a, "am");
    const foreign = await note(b, "leader");
    expect(await actions.markNotificationRead(a.agency.slug, { notificationId: mine.id })).toMatchObject({ ok: true });
    expect((await db.admin.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).not.toBeNull();
    expect(await db.admin.auditEvent.count({ where: { action: "notification.read", entityId: mine.id } })).toBe(1);
    for (const id of [amNote.id, foreign.id]) {
      expect(await actions.markNotificationRead(a.agency.slug, { notificationId: id })).toMatchObject({
        code: "not_found",
      });
    }
    expect(await actions.markNotificationRead(a.agency.slug, { notificationId: "nope" })).toMatchObject({
      code: "invalid",
      fieldErrors: { notificationId: expect.any(Array) },
    });
    expect(await actions.markAllNotificationsRead(a.agency.slug, { scope: "all" })).toEqual({
      ok: true,
      data: { count: 1 },
    });
    expect(await db.admin.notification.count({ where: { readAt: null, userId: { not: a.users.leader.id } } })).toBe(2);
  });
});

describe("notification settings", () => {
  it("a member sets their channels and digest day (audited); bad input changes nothing", async () => {
    signInAsMember(a, "am");
    const result = await actions.setNotificationPreference(a.agency.slug, {
      event: "digest.am_daily",
      inApp: true,
      email: false,
      slack: false,
    });
    expect(result).toMatchObject({ ok: true });
    const row = await db.admin.notificationPreference.findFirstOrThrow({ where: { userId: a.users.am.id } });
    expect(row).toMatchObject({ event: "digest.am_daily", inApp: true, email: false });
    const audit = await db.admin.auditEvent.findFirstOrThrow({ where: { action: "notification.preference_set" } });
    expect(audit.before).toMatchObject({ email: true });
    expect(
      await actions.setNotificationPreference(a.agency.slug, { event: "nope", inApp: true, email: true, slack: true }),
    ).toMatchObject({ code: "invalid" });
    expect(await actions.setDigestDay(a.agency.slug, { weekday: "9" })).toMatchObject({ code: "invalid" });
    expect(await actions.setDigestDay(a.agency.slug, { weekday: "5" })).toEqual({
      ok: true,
      data: { weeklyWeekday: 5 },
    });
    expect(await db.admin.notificationPreference.count()).toBe(1);
  });

  it("leaders set the Slack webhook: stored, shown and audited only masked; others are refused; posts reach it", async () => {
    const url = "https://hooks.example.test/services/T1/B2/verysecretvalue";
    signInAsMember(a, "am");
    expect(await actions.setSlackWebhook(a.agency.slug, { url })).toMatchObject({ code: "forbidden" });
    signInAsMember(a, "leader");
    expect(await actions.setSlackWebhook(a.agency.slug, { url: "http://insecure.test/x" })).toMatchObject({
      code: "invalid",
    });
    const result = await actions.setSlackWebhook(a.agency.slug, { url });
    expect(result).toEqual({ ok: true, data: { webhook: "https://hooks.example.test/…alue" } });
    const audits = await db.admin.auditEvent.findMany({ where: { agencyId: a.agency.id } });
    expect(JSON.stringify(audits, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain(
      "verysecret",
    );
    expect((await db.admin.agencyWebhook.findUniqueOrThrow({ where: { agencyId: a.agency.id } })).slackUrl).toBe(url);
    // Another agency's leader cannot touch it through their slug.
    signInAsMember(b, "leader");
    expect(await actions.setSlackWebhook(a.agency.slug, { url: "" })).toMatchObject({ code: "not_found" });
  });
});

describe("account e-mails", () => {
  it("password reset end to end: same answer for unknown addresses, single use, every session ends", async () => {
    signInAs(null);
    const known = await mailActions.requestPasswordReset({ email: a.users.am.email.toUpperCase() });
    const unknown = await mailActions.requestPasswordReset({ email: "nobody@nowhere.example" });
    expect(known).toEqual(unknown);
    await waitFor(() => smtp.to(a.users.am.email).length > 0);
    expect(smtp.messages.filter((m) => m.subject === "Reset your Accountable password")).toHaveLength(1);
    const mail = smtp.to(a.users.am.email)[0]!;
    const token = /\/reset-password\/([\w-]+)/.exec(mail.text!)![1]!;
    expect(await db.admin.userToken.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored
    const version = (await db.admin.user.findUniqueOrThrow({ where: { id: a.users.am.id } })).sessionVersion;
    const mismatch = await mailActions.resetPassword({ token, password: "a new password 1", confirm: "other" });
    expect(mismatch).toMatchObject({ code: "invalid", fieldErrors: { confirm: expect.any(Array) } });
    const [one, two] = await Promise.all([
      mailActions.resetPassword({ token, password: "a new password 1", confirm: "a new password 1" }),
      mailActions.resetPassword({ token, password: "a new password 2", confirm: "a new password 2" }),
    ]);
    expect([one.ok, two.ok].sort()).toEqual([false, true]);
    const after = await db.admin.user.findUniqueOrThrow({
      where: { id: a.users.am.id },
      omit: { passwordHash: false },
    });
    expect(after.sessionVersion).toBe(version + 1);
    const winner = one.ok ? "a new password 1" : "a new password 2";
    expect(await passwordMatches(after.passwordHash, winner)).toBe(true);
  });

  it("forgot-password is rate limited per address, whether or not it has an account", async () => {
    signInAs(null);
    for (const email of [a.users.viewer.email, "ghost@nowhere.example"]) {
      const results = [];
      for (let i = 0; i < 4; i++) results.push(await mailActions.requestPasswordReset({ email }));
      expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
    }
  });

  it("e-mail verification: a signed-in person asks, the link confirms once", async () => {
    signInAsMember(a, "pm");
    expect(await actions.sendVerificationEmail(a.agency.slug, { send: true })).toMatchObject({ ok: true });
    await waitFor(() => smtp.to(a.users.pm.email).length > 0);
    const token = /\/verify-email\/([\w-]+)/.exec(smtp.to(a.users.pm.email)[0]!.text!)![1]!;
    expect(await mailActions.verifyEmail({ token })).toEqual({ ok: true, data: { done: true } });
    expect(await mailActions.verifyEmail({ token })).toMatchObject({ ok: false });
    expect((await db.admin.user.findUniqueOrThrow({ where: { id: a.users.pm.id } })).emailVerifiedAt).not.toBeNull();
  });

  it("an invitation is e-mailed to the invitee, and the copyable link stays", async () => {
    const result = await invite(a.agency.slug, { email: "newbie@example.test", roles: ["AM"] });
    expect(result).toMatchObject({ ok: true, data: { token: expect.any(String) } });
    await deliverPendingNotifications({ agencyIds: [a.agency.id], mail: { smtpUrl: smtp.url } });
    const mail = smtp.to("newbie@example.test")[0]!;
    expect(mail.subject).toContain("invited you to");
    expect(mail.text).toContain(`/invite/${(result as { data: { token: string } }).data.token}`);
    const row = await db.admin.delivery.findFirstOrThrow({ where: { recipient: "newbie@example.test" } });
    expect(row).toMatchObject({ status: "SENT", text: "", html: null }); // the live link does not stay in the table
  });
});
