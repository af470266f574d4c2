import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/lib/db/tenant";
import { loadAccountPage } from "@/lib/domain/portfolio/account-page";
import { loadAmPage } from "@/lib/domain/portfolio/am-page";
import { readAccountHeader } from "@/lib/domain/accounts/queries";
import { readAccountKpis, readMemberKpis } from "@/lib/domain/kpis/queries";
import { readAccountProjects } from "@/lib/domain/projects/queries";
import { readAmAccountHistory } from "@/lib/domain/portfolio/queries";
import { readAmHeader } from "@/lib/domain/members/queries";
import { readCheckIns } from "@/lib/domain/check-ins/timeline";
import { readGrowthPlans } from "@/lib/domain/growth/queries";
import { loadPortfolioData } from "@/lib/domain/portfolio/load-portfolio";
import { accountHealthFromSnapshot } from "@/lib/domain/portfolio/signals";
import { seedDemo } from "../../prisma/seed/index";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";

/**
 * The drill-down reads against the seeded demo agencies on PostgreSQL, through the app's non-bypass role:
 * the right rows for one AM and one account, the same figures the dashboard computes, and nothing from another agency.
 */
const TODAY = new Date("2026-06-15T12:00:00Z");

let db: AppTestDatabase;
let northwind: { id: string; leaderUserId: string };
let brightside: { id: string; amId: string; accountId: string; leaderUserId: string };
let ethan: { id: string };
let ethanAccountId: string;
let kpiAccountId: string;

async function agencyFixture(slug: string) {
  const agency = await db.admin.agency.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const leader = await db.admin.user.findUniqueOrThrow({ where: { email: `leader@${slug}.example` } });
  return { id: agency.id, leaderUserId: leader.id };
}

async function amByEmail(email: string) {
  const user = await db.admin.user.findUniqueOrThrow({ where: { email } });
  return db.admin.membership.findFirstOrThrow({
    where: { userId: user.id, roles: { has: "AM" } },
    select: { id: true, agencyId: true },
  });
}

beforeAll(async () => {
  db = await useAppTestDatabase();
  await seedDemo(db.admin, { today: TODAY });
  northwind = await agencyFixture("northwind");
  const bright = await agencyFixture("brightside");
  const brightAm = await amByEmail("am@brightside.example");
  const brightAccount = await db.admin.account.findFirstOrThrow({ where: { amId: brightAm.id }, select: { id: true } });
  brightside = { ...bright, amId: brightAm.id, accountId: brightAccount.id };
  ethan = await amByEmail("am@northwind.example");
  // Ethan's busiest live account (more than 20 check-ins, growth plans) and one with account KPIs.
  const busiest = await db.admin.account.findFirstOrThrow({
    where: { amId: ethan.id, status: { in: ["ACTIVE", "AT_RISK"] }, projects: { some: {} } },
    select: { id: true },
    orderBy: [{ checkIns: { _count: "desc" } }, { id: "asc" }],
  });
  ethanAccountId = busiest.id;
  const measured = await db.admin.account.findFirstOrThrow({
    where: { amId: ethan.id, kpis: { some: { measurements: { some: {} } } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  kpiAccountId = measured.id;
});
afterAll(async () => db?.close());

describe("account manager drill-down", () => {
  it("reads the AM, their whole book and their KPIs", async () => {
    const { header, history, kpis } = await withTenant(northwind.id, northwind.leaderUserId, async (tx) => ({
      header: await readAmHeader(tx, northwind.id, ethan.id),
      history: await readAmAccountHistory(tx, northwind.id, ethan.id),
      kpis: await readMemberKpis(tx, northwind.id, ethan.id),
    }));
    expect(header).toMatchObject({ id: ethan.id, name: "Ethan Caldwell", active: true });
    expect(header?.roles).toContain("AM");
    expect(history).toHaveLength(await db.admin.account.count({ where: { amId: ethan.id } }));
    const expectedKpis = await db.admin.kpi.findMany({
      where: { membershipId: ethan.id, archivedAt: null },
      select: { id: true },
    });
    expect(kpis.map((k) => k.id).sort()).toEqual(expectedKpis.map((k) => k.id).sort());
    for (const kpi of kpis) {
      const latest = await db.admin.kpiMeasurement.findFirst({
        where: { kpiId: kpi.id },
        orderBy: { periodStart: "desc" },
      });
      expect(kpi.latest?.value ?? null).toBe(latest ? latest.value.toNumber() : null);
      expect(kpi.history.map((h) => h.periodStart.getTime())).toEqual(
        [...kpi.history.map((h) => h.periodStart.getTime())].sort(),
      );
    }
  });

  it("composes the overloaded AM's page: status, book in attention order, their signals, trend and a rebalancing preview", async () => {
    const page = await loadAmPage(northwind.id, northwind.leaderUserId, ethan.id, TODAY);
    expect(page).not.toBeNull();
    if (!page) return;
    expect(page.guideline).toMatchObject({ band: "mid-size", min: 6, max: 8 });
    expect(page.book).toMatchObject({ status: "OVERLOADED", load: 10, weightedLoad: 10, headroom: -2 });

    const own = await db.admin.account.findMany({ where: { amId: ethan.id, archivedAt: null }, select: { id: true } });
    expect(page.rows.map((r) => r.id).sort()).toEqual(own.map((a) => a.id).sort());
    const live = page.rows.filter((r) => r.countsTowardLoad);
    expect(live).toHaveLength(10);
    expect(page.rows.slice(0, 10).every((r) => r.countsTowardLoad)).toBe(true);
    expect(live.filter((r) => r.overdue).length).toBeGreaterThanOrEqual(4);

    const types = page.signals.filter((s) => s.subject.kind === "am").map((s) => s.type);
    expect(types).toEqual(expect.arrayContaining(["AM_OVERLOADED", "AM_BURNOUT_RISK"]));
    expect(page.signals.every((s) => s.subject.kind !== "am" || s.subject.id === ethan.id)).toBe(true);
    const mine = new Set(own.map((a) => a.id));
    for (const s of page.signals.filter((s) => s.subject.kind === "account")) expect(mine.has(s.subject.id)).toBe(true);

    expect(page.trend).toHaveLength(12);
    expect(page.trend.at(-1)).toMatchObject({ load: 10, weightedLoad: 10, partial: true });

    expect(page.plan?.giver.amId).toBe(ethan.id);
    expect(page.plan?.moves.length).toBeGreaterThan(0);
    for (const move of page.plan?.moves ?? []) {
      expect(mine.has(move.accountId)).toBe(true);
      expect(move.to.after.weightedLoad).toBeLessThanOrEqual(8);
    }
  });

  it("gives null for a member who is not an AM, for a malformed id and for another agency's AM", async () => {
    const leaderMembership = await db.admin.membership.findFirstOrThrow({
      where: { agencyId: northwind.id, userId: northwind.leaderUserId },
    });
    expect(leaderMembership.roles).not.toContain("AM");
    expect(await loadAmPage(northwind.id, northwind.leaderUserId, leaderMembership.id, TODAY)).toBeNull();
    expect(await loadAmPage(northwind.id, northwind.leaderUserId, "not-a-uuid", TODAY)).toBeNull();
    expect(await loadAmPage(northwind.id, northwind.leaderUserId, brightside.amId, TODAY)).toBeNull();
  });
});

describe("account drill-down", () => {
  it("reads the account's header, newest 20 check-ins, projects, KPIs and growth plans", async () => {
    const page = await loadAccountPage(northwind.id, northwind.leaderUserId, ethanAccountId, TODAY);
    expect(page).not.toBeNull();
    if (!page) return;
    const row = await db.admin.account.findUniqueOrThrow({ where: { id: ethanAccountId }, include: { client: true } });
    expect(page.account).toMatchObject({ id: row.id, name: row.name, kind: row.kind, status: row.status });
    expect(page.account.client.name).toBe(row.client.name);
    expect(page.account.am).toEqual({ id: ethan.id, name: "Ethan Caldwell" });
    expect(page.account.monthlyValue).toBe(row.monthlyValue.toNumber());
    expect(page.ownerBook?.status).toBe("OVERLOADED");

    const checkIns = await db.admin.checkIn.findMany({
      where: { accountId: ethanAccountId },
      orderBy: { occurredAt: "desc" },
      take: 20,
      include: { attendees: { include: { contact: true } } },
    });
    expect(page.checkIns.map((c) => c.id)).toEqual(checkIns.map((c) => c.id));
    expect(page.checkIns[0]?.attendees).toEqual(
      checkIns[0]?.attendees.map((a) => a.contact.name).sort((a, b) => a.localeCompare(b, "en")),
    );
    expect(page.checkIns[0]?.authorName).toBeTruthy();

    const projects = await db.admin.project.findMany({
      where: { accountId: ethanAccountId, archivedAt: null },
      select: { id: true },
    });
    expect(page.projects.map((p) => p.id).sort()).toEqual(projects.map((p) => p.id).sort());
    for (const p of page.projects) {
      const last = await db.admin.projectUpdate.findFirst({
        where: { projectId: p.id },
        orderBy: { createdAt: "desc" },
      });
      expect(p.lastUpdate?.at.getTime() ?? null).toBe(last?.createdAt.getTime() ?? null);
    }
    expect(checkIns.length).toBe(20); // the account has more: the page shows the newest 20
    expect(page.growthPlans.length).toBeGreaterThan(0);
    const plans = await db.admin.growthPlan.findMany({
      where: { accountId: ethanAccountId },
      include: { opportunities: true, actions: true },
    });
    expect(page.growthPlans.map((g) => g.id).sort()).toEqual(plans.map((g) => g.id).sort());
    for (const plan of page.growthPlans) {
      const stored = plans.find((g) => g.id === plan.id)!;
      expect(plan.opportunities).toHaveLength(stored.opportunities.length);
      expect(plan.actions).toHaveLength(stored.actions.length);
    }
  });

  it("reads the account's KPIs with their last 12 measurements, oldest first, and attainment of the latest", async () => {
    const kpis = await withTenant(northwind.id, northwind.leaderUserId, (tx) =>
      readAccountKpis(tx, northwind.id, kpiAccountId),
    );
    const stored = await db.admin.kpi.findMany({
      where: { accountId: kpiAccountId, archivedAt: null },
      include: { measurements: { orderBy: { periodStart: "desc" } } },
    });
    expect(kpis.map((k) => k.id).sort()).toEqual(stored.map((k) => k.id).sort());
    for (const kpi of kpis) {
      const measurements = stored.find((k) => k.id === kpi.id)!.measurements;
      expect(kpi.target).toBe(stored.find((k) => k.id === kpi.id)!.target.toNumber());
      expect(kpi.history).toEqual(
        measurements
          .slice(0, 12)
          .reverse()
          .map((m) => ({ id: m.id, periodStart: m.periodStart, value: m.value.toNumber(), note: m.note })),
      );
      expect(kpi.latest?.value).toBe(measurements[0]?.value.toNumber());
      if (kpi.latest) expect(kpi.attainment).toBeGreaterThanOrEqual(0);
    }
  });

  it("scores health exactly as the dashboard does and keeps only this account's signals", async () => {
    const page = await loadAccountPage(northwind.id, northwind.leaderUserId, ethanAccountId, TODAY);
    const { snapshot, rules } = await loadPortfolioData(northwind.id, northwind.leaderUserId, TODAY);
    const account = snapshot.accounts.find((a) => a.id === ethanAccountId)!;
    expect(page?.health).toEqual(accountHealthFromSnapshot(account, snapshot.projects, TODAY, rules));
    const projectIds = new Set(page?.projects.map((p) => p.id));
    for (const s of page?.signals ?? []) {
      const ok =
        (s.subject.kind === "account" && s.subject.id === ethanAccountId) ||
        (s.subject.kind === "client" && s.subject.id === account.clientId) ||
        (s.subject.kind === "project" && projectIds.has(s.subject.id));
      expect(ok, `${s.type} about ${s.subject.kind} ${s.subject.name}`).toBe(true);
    }
  });

  it("gives null and empty lists for another agency's account, even when its agencyId is named in the where", async () => {
    expect(await loadAccountPage(northwind.id, northwind.leaderUserId, brightside.accountId, TODAY)).toBeNull();
    expect(await loadAccountPage(northwind.id, northwind.leaderUserId, "1234", TODAY)).toBeNull();
    // Scoped to Northwind but asking for Brightside's rows by Brightside's agencyId: row-level security still says no.
    const leaked = await withTenant(northwind.id, northwind.leaderUserId, async (tx) => [
      await readAccountHeader(tx, brightside.id, brightside.accountId),
      await readAmHeader(tx, brightside.id, brightside.amId),
      ...(await readCheckIns(tx, brightside.id, brightside.accountId)),
      ...(await readAccountProjects(tx, brightside.id, brightside.accountId)),
      ...(await readAccountKpis(tx, brightside.id, brightside.accountId)),
      ...(await readGrowthPlans(tx, brightside.id, brightside.accountId)),
      ...(await readMemberKpis(tx, brightside.id, brightside.amId)),
      ...(await readAmAccountHistory(tx, brightside.id, brightside.amId)),
    ]);
    expect(leaked.filter((x) => x !== null)).toEqual([]);
    // The same reads in Brightside's own scope do find the rows, so the emptiness above is the isolation at work.
    const own = await withTenant(brightside.id, brightside.leaderUserId, (tx) =>
      readAccountHeader(tx, brightside.id, brightside.accountId),
    );
    expect(own?.id).toBe(brightside.accountId);
  });
});
