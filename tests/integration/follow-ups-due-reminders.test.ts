import { describe, expect, it } from "vitest";
import { setUpTwoAgencies, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { remindDueFollowUps } from "../../lib/domain/follow-ups/due-reminders";

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;
const NOW = new Date("2026-12-02T12:00:00Z");

const followUp = (f: AgencyFixture, title: string, dueDate: string, extra: object = {}) =>
  db.admin.followUp.create({
    data: { agencyId: f.agency.id, accountId: f.account.id, title, dueDate: new Date(dueDate), ...extra },
    select: { id: true },
  });
const reminders = (f: AgencyFixture) =>
  db.admin.notification.findMany({
    where: { agencyId: f.agency.id, event: "followup.due" },
    select: { userId: true, title: true, href: true },
    orderBy: { title: "asc" },
  });

setUpTwoAgencies((s) => ({ db, a, b } = s));

describe("reminders of follow-ups due (the followup.due preference)", () => {
  it("tells the assignee once of each open follow-up due today or overdue, and of nothing else", async () => {
    const am = a.memberships.am.id;
    await followUp(a, "Due today", "2026-12-02", { assigneeId: am });
    await followUp(a, "Overdue", "2026-11-28", { assigneeId: am });
    await followUp(a, "Due tomorrow", "2026-12-03", { assigneeId: am });
    await followUp(a, "Closed", "2026-11-30", { assigneeId: am, status: "DONE", closedAt: NOW });
    await followUp(a, "Leaders' queue", "2026-11-30");
    await followUp(b, "Another agency's", "2026-11-30", { assigneeId: b.memberships.am.id });

    // Two workers at once: the claim is one UPDATE, so each follow-up is reminded once.
    const runs = await Promise.all([remindDueFollowUps(a.agency.id, NOW), remindDueFollowUps(a.agency.id, NOW)]);
    expect(runs[0]!.reminded + runs[1]!.reminded).toBe(2);
    expect(await reminders(a)).toEqual([
      { userId: a.users.am.id, title: "Due since 2026-11-28: Overdue", href: `/${a.agency.slug}/follow-ups` },
      { userId: a.users.am.id, title: "Due today: Due today", href: `/${a.agency.slug}/follow-ups` },
    ]);
    expect(await reminders(b)).toEqual([]);

    // The next hour's run reminds nobody again; the next day's run finds the one that fell due.
    expect(await remindDueFollowUps(a.agency.id, NOW)).toEqual({ reminded: 0 });
    expect(await remindDueFollowUps(a.agency.id, new Date("2026-12-03T12:00:00Z"))).toEqual({ reminded: 1 });
  });

  it("respects the member's channels: none chosen, no reminder (but it is still claimed)", async () => {
    await db.admin.notificationPreference.create({
      data: {
        agencyId: b.agency.id,
        userId: b.users.am.id,
        event: "followup.due",
        inApp: false,
        email: false,
        slack: false,
      },
    });
    expect(await remindDueFollowUps(b.agency.id, NOW)).toEqual({ reminded: 1 });
    expect(await reminders(b)).toEqual([]);
    expect(await db.admin.delivery.count({ where: { agencyId: b.agency.id } })).toBe(0);
  });
});
