import { describe, expect, it } from "vitest";
import { channelsFor } from "../../../lib/notifications/events";
import { leaderDelta, signed, type LeaderFigures } from "../../../lib/notifications/digest-figures";
import { renderMail } from "../../../lib/notifications/render";
import { dailyPeriodKey, localTime, weeklyPeriodKey } from "../../../lib/notifications/schedule";
import { signUnsubscribe, verifyUnsubscribe } from "../../../lib/notifications/unsubscribe-token";
import { retryDelayMs } from "../../../lib/mail/outbox";
import { maskWebhook } from "../../../lib/domain/notifications/queries";

const SECRET = "unit-test-secret-0123456789abcdef";
const A = "11111111-1111-4111-8111-111111111111";
const U = "22222222-2222-4222-8222-222222222222";

describe("schedule (agency time zone)", () => {
  it("the local date, weekday and hour", () => {
    // 2026-06-15 is a Monday; 23:30 UTC is already Tuesday 09:30 in Sydney.
    expect(localTime(new Date("2026-06-15T23:30:00Z"), "Australia/Sydney")).toEqual({
      date: "2026-06-16",
      weekday: 2,
      hour: 9,
    });
  });
  it("weekly: on the chosen day (default the week start) from 07:00 local", () => {
    const agency = { timeZone: "Europe/London", weekStart: "MONDAY" as const };
    expect(weeklyPeriodKey(new Date("2026-06-15T05:59:00Z"), agency, null)).toBeNull(); // 06:59 BST
    expect(weeklyPeriodKey(new Date("2026-06-15T06:00:00Z"), agency, null)).toBe("2026-06-15");
    expect(weeklyPeriodKey(new Date("2026-06-15T12:00:00Z"), agency, 3)).toBeNull();
    expect(weeklyPeriodKey(new Date("2026-06-17T12:00:00Z"), agency, 3)).toBe("2026-06-17");
  });
  it("daily: the local date after 07:00", () => {
    expect(dailyPeriodKey(new Date("2026-06-15T06:59:00Z"), "UTC")).toBeNull();
    expect(dailyPeriodKey(new Date("2026-06-15T07:00:00Z"), "UTC")).toBe("2026-06-15");
  });
});

const figures = (patch: Partial<LeaderFigures>): LeaderFigures => ({
  overloadedAms: [],
  renewalsAtRisk: [],
  overdueCheckIns: 0,
  offTrackProjects: [],
  health: { healthy: 0, watch: 0, at_risk: 0, unscored: 0 },
  accounts: {},
  ...patch,
});

describe("leader digest deltas", () => {
  it("new and cleared overloads and renewals, overdue change, projects, health band moves", () => {
    const before = figures({
      overloadedAms: [{ id: "a1", name: "Ann" }],
      renewalsAtRisk: [{ id: "r1", name: "Acme" }],
      overdueCheckIns: 5,
      offTrackProjects: [{ id: "p1", name: "Site" }],
      accounts: { x: { name: "Xeno", score: 80 }, y: { name: "Yak", score: 55 }, z: { name: "Zed", score: 70 } },
    });
    const after = figures({
      overloadedAms: [{ id: "a2", name: "Bob" }],
      renewalsAtRisk: [{ id: "r1", name: "Acme" }],
      overdueCheckIns: 3,
      accounts: { x: { name: "Xeno", score: 50 }, y: { name: "Yak", score: 75 }, z: { name: "Zed", score: 71 } },
    });
    const d = leaderDelta(before, after)!;
    expect(d.newOverloads).toEqual([{ id: "a2", name: "Bob" }]);
    expect(d.clearedOverloads).toEqual([{ id: "a1", name: "Ann" }]);
    expect(d.newRenewalRisks).toEqual([]);
    expect(d.overdueChange).toBe(-2);
    expect(d.backOnTrack).toEqual([{ id: "p1", name: "Site" }]);
    expect(d.worsened.map((m) => m.name)).toEqual(["Xeno"]);
    expect(d.improved.map((m) => m.name)).toEqual(["Yak"]);
    expect(leaderDelta(null, after)).toBeNull();
    expect([signed(2), signed(-2), signed(0)]).toEqual(["+2", "−2", "no change"]);
  });
});

describe("unsubscribe links", () => {
  it("round-trip; a changed payload, signature or secret is refused", () => {
    const token = signUnsubscribe({ agencyId: A, userId: U, event: "digest.am_daily" }, SECRET);
    expect(verifyUnsubscribe(token, SECRET)).toEqual({ agencyId: A, userId: U, event: "digest.am_daily" });
    expect(verifyUnsubscribe(token, `${SECRET}x`)).toBeNull();
    expect(verifyUnsubscribe(`${token}x`, SECRET)).toBeNull();
    const forged = Buffer.from(`${A}|${U}|digest.leader_weekly`).toString("base64url");
    expect(verifyUnsubscribe(`${forged}.${token.split(".")[1]}`, SECRET)).toBeNull();
    expect(verifyUnsubscribe("garbage", SECRET)).toBeNull();
  });
});

describe("mail and the rest", () => {
  it("HTML without tables, escaped, with a plain-text twin", () => {
    const mail = renderMail({
      title: "A <b>title</b>",
      intro: "Hi & welcome",
      sections: [{ heading: "Due", lines: [{ text: "Acme", href: "https://x.test/a?b=1&c=2" }] }],
      unsubscribeUrl: "https://x.test/u",
    });
    expect(mail.html).not.toMatch(/<table/i);
    expect(mail.html).toContain("A &lt;b&gt;title&lt;/b&gt;");
    expect(mail.html).toContain('href="https://x.test/a?b=1&amp;c=2"');
    expect(mail.text).toContain("- Acme (https://x.test/a?b=1&c=2)");
    expect(mail.text).toContain("Stop these e-mails: https://x.test/u");
  });
  it("defaults unless the member chose, backoff grows, the webhook is masked", () => {
    expect(channelsFor("followup.due", null)).toEqual({ inApp: true, email: false, slack: false });
    expect(channelsFor("followup.due", { inApp: false, email: true, slack: true })).toEqual({
      inApp: false,
      email: true,
      slack: true,
    });
    expect([1, 2, 3].map(retryDelayMs)).toEqual([60_000, 240_000, 540_000]);
    expect(maskWebhook("https://hooks.slack.com/services/T/B/abcdef1234")).toBe("https://hooks.slack.com/…1234");
  });
});
