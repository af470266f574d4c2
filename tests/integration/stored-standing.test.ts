/**
 * The stored standing (lib/domain/portfolio/standing-store.ts) is derived data: triggers mark the books a write
 * touches, the write path recomputes them, a read recomputes whatever is still marked or from another day. After every
 * kind of write (server actions, the CSV import, plain SQL as the app role, a superuser's rename, a new day) the
 * dashboard summed from the stored standing must equal the one composed from the raw rows, unfiltered and filtered,
 * in a small agency and in a generated large one. The last test drops one trigger and shows the check then fails.
 */
import { Client } from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { withTenant } from "../../lib/db/tenant";
import { composeDashboard, type DashboardFilters } from "../../lib/domain/portfolio/dashboard";
import { summarizeDashboard } from "../../lib/domain/portfolio/dashboard-lists";
import { loadPortfolioData } from "../../lib/domain/portfolio/load-portfolio";
import { FULL_REFRESH_BOOKS, loadStoredDashboard, loadStoredSummary } from "../../lib/domain/portfolio/standing-store";
import { loadScaleTenant } from "../../scripts/scale/load";
import { addAccount } from "../factories/accounts";
import { leadsKpiInput } from "../factories/kpis";
import { addAmWithAccount } from "../factories/members";
import { createAgencyFixture } from "../factories/tenants";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { signInAs } from "../support/session";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { logCheckIn } = await import("../../lib/actions/check-ins");
const { archiveAccount, reassignAccount } = await import("../../lib/actions/accounts");
const { createKpi, recordMeasurement, deleteMeasurement } = await import("../../lib/actions/kpis");
const { commitImport } = await import("../../lib/actions/import");
const { createProject, updateStatus } = await import("../../lib/actions/projects");
const { markContactLeft } = await import("../../lib/actions/commercial");
const { updateCheckInCadence } = await import("../../lib/actions/settings");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;
let scaleAgencyId: string;
const today = new Date();
const DAY_MS = 86_400_000;

setUpTwoAgencies((s) => ({ db, a, b } = s));
beforeAll(async () => {
  scaleAgencyId = (await loadScaleTenant(db.database.url, { scale: 0.1, today })).benchmark.agencyId;
}, 300_000);

/** The stored dashboard (whole, summary, filtered) equals a fresh composition from the raw rows. */
async function expectStandingCurrent(agencyId: string, when = today, filters: DashboardFilters[] = [{}]) {
  const live = await loadPortfolioData(agencyId, null, when);
  for (const filter of filters) {
    const fresh = composeDashboard(live.snapshot, live.pipeline, live.rules, when, filter);
    const stored = await loadStoredDashboard(agencyId, null, filter, when);
    expect(stored.dashboard).toEqual(fresh.dashboard);
    expect(stored.attention).toEqual(fresh.attention);
    const summary = await loadStoredSummary(agencyId, null, filter, when);
    expect(summary.dashboard).toEqual(summarizeDashboard(fresh.dashboard, fresh.attention.length));
  }
}

/** An agency's rows in one of the standing tables, read as the superuser. */
const rowsIn = async (table: "BookDirty" | "BookStanding", agencyId: string) =>
  Number(
    (
      await db.admin.$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT count(*) AS n FROM "${table}" WHERE "agencyId" = $1::uuid`,
        agencyId,
      )
    )[0]!.n,
  );
const marks = (agencyId: string) => rowsIn("BookDirty", agencyId);

/**
 * An action's answer, once the write path has recomputed the books it marked (none is left marked) and the stored
 * dashboard is checked without any recomputation on the read.
 */
async function written<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const answer = await result;
  expect(answer).toMatchObject({ ok: true });
  expect(await marks(a.agency.id)).toBe(0);
  await expectStandingCurrent(a.agency.id);
  return answer;
}

const asApp = (f: AgencyFixture, sql: string, ...params: unknown[]) =>
  withTenant(f.agency.id, f.users.leader.id, (tx) => tx.$executeRawUnsafe(sql, ...params));

const versionOf = async (accountId: string) =>
  (await db.admin.account.findUniqueOrThrow({ where: { id: accountId } })).version;

describe("the stored standing after a mixed sequence of writes", () => {
  it("equals the dashboard composed from the raw rows after every kind of write", async () => {
    // Two books share a client (its relationship figures span both), and a contact is its primary.
    const other = await addAmWithAccount(db.admin, a, { name: "Shared retainer" });
    const primary = await db.admin.contact.create({
      data: { agencyId: a.agency.id, clientId: a.client.id, name: "Pat Primary", isPrimary: true },
    });
    await expectStandingCurrent(a.agency.id);

    signInAsMember(a, "leader");
    await written(
      logCheckIn(a.agency.slug, {
        accountId: a.account.id,
        occurredAt: new Date(today.getTime() - 3 * DAY_MS),
        channel: "CALL",
        sentiment: 2,
        summary: "Tense",
        attendeeIds: [primary.id],
      }),
    );
    await expectStandingCurrent(a.agency.id);

    const project = await written(
      createProject(a.agency.slug, {
        accountId: a.account.id,
        name: "Spring campaign",
        pmId: a.memberships.pm.id,
        budget: "1000",
      }),
    );
    if (!project.ok) throw new Error(project.message);
    await written(
      updateStatus(a.agency.slug, {
        projectId: project.data.projectId,
        expectedVersion: 1,
        status: "OFF_TRACK",
        percentComplete: "10",
        spent: "100",
        note: "Behind",
      }),
    );
    await expectStandingCurrent(a.agency.id);

    // Reassign (both books move), archive, KPI readings recorded and deleted.
    await written(
      reassignAccount(a.agency.slug, {
        accountId: a.account.id,
        expectedVersion: await versionOf(a.account.id),
        amId: other.am.membership.id,
      }),
    );
    await written(
      archiveAccount(a.agency.slug, { accountId: other.accountId, expectedVersion: await versionOf(other.accountId) }),
    );
    const kpi = await written(createKpi(a.agency.slug, leadsKpiInput(a.account.id)));
    if (!kpi.ok) throw new Error(kpi.message);
    for (const [periodStart, value] of [
      ["2026-01-01", "20"],
      ["2026-02-01", "95"],
    ] as const) {
      await written(recordMeasurement(a.agency.slug, { kpiId: kpi.data.kpiId, periodStart, value }));
    }
    const latest = await db.admin.kpiMeasurement.findFirstOrThrow({
      where: { kpiId: kpi.data.kpiId },
      orderBy: { periodStart: "desc" },
    });
    await written(deleteMeasurement(a.agency.slug, { measurementId: latest.id }));
    await expectStandingCurrent(a.agency.id, today, [{}, { amId: other.am.membership.id }, { tier: "TIER_1" }]);

    // The CSV import, a primary contact leaving, and a settings change (every book).
    const text =
      `client_name,client_tier,account_name,am_email,monthly_value,start_date\n` +
      `Imported Co,1,Retainer,${a.users.am.email},1000.10,2026-01-05\n`;
    await written(commitImport(a.agency.slug, { text, dateFormat: "ISO", fileName: "x.csv" }));
    await written(markContactLeft(a.agency.slug, { contactId: primary.id, leftOn: today.toISOString().slice(0, 10) }));
    const { settingsVersion } = await db.admin.agency.findUniqueOrThrow({ where: { id: a.agency.id } });
    await written(
      updateCheckInCadence(a.agency.slug, {
        expectedVersion: settingsVersion,
        cadenceTier1Days: "2",
        cadenceTier2Days: "30",
        cadenceTier3Days: "45",
      }),
    );
    await expectStandingCurrent(a.agency.id, today, [{}, { amStatus: "UNDER" }]);

    // Writes outside the actions leave marks; the next read recomputes them first.
    await asApp(a, `DELETE FROM "CheckIn" WHERE "accountId" = $1::uuid`, a.account.id);
    await asApp(a, `UPDATE "Client" SET "tier" = 'TIER_2' WHERE "id" = $1::uuid`, a.client.id);
    await db.admin.user.update({ where: { id: other.am.user.id }, data: { name: "Renamed Person" } });
    expect(await marks(a.agency.id)).toBeGreaterThan(0);
    await expectStandingCurrent(a.agency.id);
    expect(await marks(a.agency.id)).toBe(0);
    // A hand-run hand-over (plain SQL, no action): the book it left is recomputed too.
    await asApp(
      a,
      `UPDATE "Account" SET "amId" = $1::uuid WHERE "agencyId" = $2::uuid AND "name" = 'Retainer' AND "amId" = $3::uuid`,
      other.am.membership.id,
      a.agency.id,
      a.memberships.am.id,
    );
    await expectStandingCurrent(a.agency.id);

    // A client whose every account is archived: its signals belong to no AM (the unowned book).
    const lonely = await db.admin.client.create({
      data: { agencyId: a.agency.id, name: "Lonely Ltd", tier: "TIER_1" },
    });
    const lonelyAccount = await addAccount(db.admin, a, { name: "Lonely retainer", clientId: lonely.id });
    await expectStandingCurrent(a.agency.id);
    await asApp(a, `UPDATE "Account" SET "archivedAt" = now() WHERE "id" = $1::uuid`, lonelyAccount.id);
    await expectStandingCurrent(a.agency.id);

    // Tomorrow: every book is from yesterday, so the first read recomputes them all.
    await expectStandingCurrent(a.agency.id, new Date(today.getTime() + DAY_MS));
    await expectStandingCurrent(b.agency.id);
  });

  it("equals it for a generated large agency, before and after writes across its books", async () => {
    await expectStandingCurrent(scaleAgencyId, today, [{}, { tier: "TIER_2" }, { amStatus: "OVERLOADED" }]);
    const agency = await db.admin.agency.findUniqueOrThrow({ where: { id: scaleAgencyId } });
    const leader = await db.admin.membership.findFirstOrThrow({
      where: { agencyId: scaleAgencyId, roles: { has: "LEADER" } },
    });
    const ams = await db.admin.membership.findMany({ where: { agencyId: scaleAgencyId, roles: { has: "AM" } } });
    const asScaleApp = (sql: string, ...params: unknown[]) =>
      withTenant(agency.id, leader.userId, (tx) => tx.$executeRawUnsafe(sql, ...params));
    // Three accounts of the first AM handed to the second; a day of check-ins deleted; a project status changed.
    await asScaleApp(
      `UPDATE "Account" SET "amId" = $2::uuid WHERE "id" IN (
         SELECT "id" FROM "Account" WHERE "amId" = $1::uuid AND "archivedAt" IS NULL ORDER BY "name" LIMIT 3)`,
      ams[0]!.id,
      ams[1]!.id,
    );
    await asScaleApp(
      `DELETE FROM "CheckIn" WHERE "occurredAt" >= $1 AND "occurredAt" < $2`,
      new Date(today.getTime() - 8 * DAY_MS),
      new Date(today.getTime() - 7 * DAY_MS),
    );
    await asScaleApp(`UPDATE "Project" SET "status" = 'OFF_TRACK' WHERE "id" IN (SELECT "id" FROM "Project" LIMIT 5)`);
    await expectStandingCurrent(scaleAgencyId, today, [{}, { amId: ams[1]!.id }]);

    // A settings change marks every book (more than one pass by book is worth): the write path recomputes them all
    // after its answer, so the next viewer does not.
    expect(ams.length + 1).toBeGreaterThan(FULL_REFRESH_BOOKS);
    signInAs(await db.admin.user.findUniqueOrThrow({ where: { id: leader.userId } }));
    const cadence = await updateCheckInCadence(agency.slug, {
      expectedVersion: agency.settingsVersion,
      cadenceTier1Days: "10",
      cadenceTier2Days: "30",
      cadenceTier3Days: "45",
    });
    expect(cadence).toMatchObject({ ok: true });
    expect(await marks(scaleAgencyId)).toBe(0);
    await expectStandingCurrent(scaleAgencyId, today, [{}, { amStatus: "OVERLOADED" }]);
  });

  it("is each agency's own: another agency's rows are invisible and cannot be changed", async () => {
    await expectStandingCurrent(b.agency.id);
    for (const table of ["BookStanding", "BookDirty"]) {
      const seen = await withTenant(b.agency.id, b.users.leader.id, (tx) =>
        tx.$queryRawUnsafe<{ agencyId: string }[]>(`SELECT DISTINCT "agencyId"::text FROM "${table}"`),
      );
      expect(seen.every((row) => row.agencyId === b.agency.id)).toBe(true);
    }
    const deleted = await withTenant(b.agency.id, b.users.leader.id, (tx) =>
      tx.$executeRawUnsafe(`DELETE FROM "BookStanding" WHERE "agencyId" = $1::uuid`, a.agency.id),
    );
    expect(deleted).toBe(0);
    await expect(
      withTenant(b.agency.id, b.users.leader.id, (tx) =>
        tx.$executeRawUnsafe(`INSERT INTO "BookDirty" ("agencyId", "amId") VALUES ($1::uuid, $1::uuid)`, a.agency.id),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it("marks nothing for an agency never computed, and its first pass still sees a write that skipped its mark", async () => {
    const fresh = await createAgencyFixture(db.admin, "Gamma");
    const standingRows = () => rowsIn("BookStanding", fresh.agency.id);
    await asApp(fresh, `UPDATE "Account" SET "monthlyValue" = 1234 WHERE "id" = $1::uuid`, fresh.account.id);
    expect(await marks(fresh.agency.id)).toBe(0);
    expect(await standingRows()).toBe(0);

    // A write still open when the first view starts: its trigger holds the standing lock, so the view's whole pass
    // waits for the commit and then reads the write (without the lock it could read first and store a stale book).
    const writer = new Client({ connectionString: db.database.url });
    await writer.connect();
    try {
      await writer.query("BEGIN");
      await writer.query(`UPDATE "Account" SET "status" = 'AT_RISK' WHERE "id" = $1::uuid`, [fresh.account.id]);
      expect(await marks(fresh.agency.id)).toBe(0);
      let viewed = false;
      const firstView = loadStoredSummary(fresh.agency.id, null, {}, today).then(() => (viewed = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(viewed).toBe(false);
      await writer.query("COMMIT");
      await firstView;
      expect(await standingRows()).toBeGreaterThan(0);
      await expectStandingCurrent(fresh.agency.id);

      // A pass in progress (its lock held here): a write marks its books, for that pass's next round or the next read.
      await writer.query("BEGIN");
      await writer.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`standing:${fresh.agency.id}`]);
      await db.admin.$executeRawUnsafe(`DELETE FROM "BookStanding" WHERE "agencyId" = $1::uuid`, fresh.agency.id);
      await asApp(fresh, `UPDATE "Account" SET "status" = 'ACTIVE' WHERE "id" = $1::uuid`, fresh.account.id);
      expect(await marks(fresh.agency.id)).toBeGreaterThan(0);
      await writer.query("COMMIT");
    } finally {
      await writer.end();
    }
    await expectStandingCurrent(fresh.agency.id);
  });

  it("fails the check when one trigger is missing (the test can see a stale book)", async () => {
    await expectStandingCurrent(a.agency.id);
    await db.admin.$executeRawUnsafe(`DROP TRIGGER standing_marks_update ON "Project"`);
    await asApp(a, `UPDATE "Project" SET "status" = 'ON_TRACK' WHERE "agencyId" = $1::uuid`, a.agency.id);
    await expect(expectStandingCurrent(a.agency.id)).rejects.toThrow();
  });
});
