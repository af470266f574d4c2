import { describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { checkInOn } from "../support/form-input";
import { createAgencyFixture } from "../factories/tenants";
import { withTenant } from "../../lib/db/tenant";
import { syncFollowUps } from "../../lib/domain/follow-ups/sync";
import { listFollowUpsPage } from "../../lib/domain/follow-ups/queries";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { logCheckIn } = await import("../../lib/actions/check-ins");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;

const overdue = (agencyId: string, accountId: string) =>
  db.admin.followUp.findMany({
    where: { agencyId, signalType: "CHECK_IN_OVERDUE", subjectId: accountId },
    select: { id: true, status: true, assigneeId: true, outcome: true },
  });

setUpTwoAgencies((s) => ({ db, a, b } = s));

describe("follow-ups from signals", () => {
  it("creates one follow-up for an overdue check-in, assigned to the account's AM, and audits it", async () => {
    const result = await syncFollowUps(a.agency.id);
    expect(result.created).toBeGreaterThanOrEqual(1);
    const rows = await overdue(a.agency.id, a.account.id);
    expect(rows).toEqual([expect.objectContaining({ status: "OPEN", assigneeId: a.memberships.am.id })]);
    const audit = await db.admin.auditEvent.count({
      where: { agencyId: a.agency.id, action: "followUp.created", entityId: rows[0]!.id, actorId: null },
    });
    expect(audit).toBe(1);
  });

  it("does not duplicate it on the next run", async () => {
    const before = await db.admin.followUp.count({ where: { agencyId: a.agency.id } });
    const result = await syncFollowUps(a.agency.id);
    expect(result).toEqual({ created: 0, closed: 0 });
    expect(await db.admin.followUp.count({ where: { agencyId: a.agency.id } })).toBe(before);
  });

  it("two sync runs at once create each follow-up once", async () => {
    const c = await createAgencyFixture(db.admin, "Gamma");
    const results = await Promise.all([syncFollowUps(c.agency.id), syncFollowUps(c.agency.id)]);
    const rows = await overdue(c.agency.id, c.account.id);
    expect(rows).toHaveLength(1);
    const all = await db.admin.followUp.findMany({
      where: { agencyId: c.agency.id },
      select: { signalType: true, subjectId: true },
    });
    expect(new Set(all.map((r) => `${r.signalType}/${r.subjectId}`)).size).toBe(all.length);
    expect(results[0]!.created + results[1]!.created).toBe(all.length);
  });

  it("tells each assignee once per new follow-up (inbox and e-mail), also when two syncs race", async () => {
    const d = await createAgencyFixture(db.admin, "Delta");
    await Promise.all([syncFollowUps(d.agency.id), syncFollowUps(d.agency.id)]);
    const made = await db.admin.followUp.findMany({
      where: { agencyId: d.agency.id, assigneeId: { not: null } },
      select: { id: true, title: true, assignee: { select: { userId: true } } },
    });
    expect(made.length).toBeGreaterThanOrEqual(1);
    const inbox = await db.admin.notification.findMany({
      where: { agencyId: d.agency.id, event: "followup.assigned" },
      select: { userId: true, title: true, href: true },
    });
    expect(inbox.map((n) => `${n.userId} ${n.title}`).sort()).toEqual(
      made.map((f) => `${f.assignee!.userId} Follow-up: ${f.title}`).sort(),
    );
    expect(inbox.every((n) => n.href === `/${d.agency.slug}/follow-ups`)).toBe(true);
    const mail = await db.admin.delivery.findMany({
      where: { agencyId: d.agency.id, channel: "EMAIL" },
      select: { idempotencyKey: true },
    });
    expect(mail.map((m) => m.idempotencyKey).sort()).toEqual(
      made.map((f) => `email:${f.assignee!.userId}:followup:${f.id}:assigned`).sort(),
    );
    // A later sync with nothing new tells nobody again.
    await syncFollowUps(d.agency.id);
    expect(await db.admin.notification.count({ where: { agencyId: d.agency.id } })).toBe(inbox.length);
  });

  it("logging a check-in closes the overdue follow-up as resolved by data, at once", async () => {
    signInAsMember(a, "am");
    const logged = await logCheckIn(a.agency.slug, checkInOn(a));
    expect(logged.ok).toBe(true);
    const rows = await overdue(a.agency.id, a.account.id);
    expect(rows).toEqual([expect.objectContaining({ status: "RESOLVED_BY_DATA" })]);
    expect(rows[0]!.outcome).toMatch(/resolved by data/i);
    expect(
      await db.admin.auditEvent.count({ where: { agencyId: a.agency.id, action: "followUp.resolvedByData" } }),
    ).toBe(1);
    // The next sync agrees: nothing to create for the account.
    await syncFollowUps(a.agency.id);
    expect((await overdue(a.agency.id, a.account.id)).filter((r) => r.status === "OPEN")).toHaveLength(0);
  });

  it("a signal that clears on its own (time passes) closes on the next sync; it reopens as a new occurrence", async () => {
    const later = new Date(Date.now() + 60 * 86_400_000);
    await syncFollowUps(a.agency.id, later); // 60 days on, the Tier 1 account is overdue again
    expect((await overdue(a.agency.id, a.account.id)).filter((r) => r.status === "OPEN")).toHaveLength(1);
    await db.admin.followUpRule.create({
      data: {
        agencyId: a.agency.id,
        signalType: "CHECK_IN_OVERDUE",
        enabled: false,
        assignee: "ACCOUNT_AM",
        dueInDays: 3,
      },
    });
    const result = await syncFollowUps(a.agency.id, later);
    expect(result.closed).toBeGreaterThanOrEqual(1);
    expect((await overdue(a.agency.id, a.account.id)).filter((r) => r.status === "OPEN")).toHaveLength(0);
  });

  it("another agency's follow-ups are never visible, and its sync never touches ours", async () => {
    await syncFollowUps(b.agency.id);
    const mineBefore = await db.admin.followUp.findMany({ where: { agencyId: a.agency.id }, orderBy: { id: "asc" } });
    await syncFollowUps(b.agency.id);
    expect(await db.admin.followUp.findMany({ where: { agencyId: a.agency.id }, orderBy: { id: "asc" } })).toEqual(
      mineBefore,
    );
    const seen = await withTenant(a.agency.id, a.users.leader.id, (tx) =>
      listFollowUpsPage(tx, a.agency.id, { kind: "team" }, "open", { size: 100 }),
    );
    expect(seen.items.every((item) => item.accountId !== b.account.id)).toBe(true);
    // Row-level security: even a query naming b's agency id inside a's transaction sees nothing.
    const leaked = await withTenant(a.agency.id, a.users.leader.id, (tx) =>
      tx.followUp.count({ where: { agencyId: b.agency.id } }),
    );
    expect(leaked).toBe(0);
  });
});
