import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAmPage } from "@/lib/domain/portfolio/am-page";
import { withTenant } from "@/lib/db/tenant";
import { loadPortfolioData } from "@/lib/domain/portfolio/load-portfolio";
import { healthScoresByAccount } from "@/lib/domain/portfolio/signals";
import { recordDailySnapshots } from "@/lib/domain/snapshots/record";
import { readAccountHealthSnapshots } from "@/lib/domain/snapshots/queries";
import { createAgencyFixture, type AgencyFixture } from "../factories/tenants";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";

/**
 * Issue 14, scope 5: the daily snapshot job records each account's health and each AM's load once per day (two runs
 * at once leave one row each), and the pages read them: the account page's health over time and the AM page's load
 * trend use the recorded figures, not a reconstruction.
 */
let db: AppTestDatabase;
let a: AgencyFixture;
const DAY1 = new Date("2026-05-20T09:00:00Z");
const DAY2 = new Date("2026-06-15T09:00:00Z");

beforeAll(async () => {
  db = await useAppTestDatabase();
  a = await createAgencyFixture(db.admin, "Snap");
});
afterAll(async () => db?.close());

describe("the daily snapshots", () => {
  it("record the dashboard's health score and the AM's load once per day, however many runs", async () => {
    await Promise.all([recordDailySnapshots(a.agency.id, DAY1), recordDailySnapshots(a.agency.id, DAY1)]);
    await recordDailySnapshots(a.agency.id, DAY1);
    const data = await loadPortfolioData(a.agency.id, null, DAY1);
    const expected = healthScoresByAccount(data.snapshot.accounts, data.snapshot.projects, DAY1, data.rules);
    const health = await db.admin.accountHealthSnapshot.findMany({ where: { agencyId: a.agency.id } });
    expect(health).toHaveLength(1);
    expect(health[0]).toMatchObject({ accountId: a.account.id, healthScore: expected.get(a.account.id) ?? null });
    const load = await db.admin.amLoadSnapshot.findMany({ where: { agencyId: a.agency.id } });
    expect(load).toEqual([expect.objectContaining({ amId: a.memberships.am.id, load: 1 })]);
  });

  it("the account page's history and the AM page's trend read the recorded days", async () => {
    await recordDailySnapshots(a.agency.id, DAY2);
    const history = await withTenant(a.agency.id, a.users.leader.id, (tx) =>
      readAccountHealthSnapshots(tx, a.agency.id, a.account.id, new Date("2026-01-01")),
    );
    expect(history.map((h) => h.day.toISOString().slice(0, 10))).toEqual(["2026-05-20", "2026-06-15"]);

    // A recorded past month wins over the reconstruction: make May's recorded load unmistakable.
    await db.admin.amLoadSnapshot.updateMany({
      where: { agencyId: a.agency.id, day: new Date("2026-05-20") },
      data: { load: 7, weightedLoad: 7 },
    });
    const page = await loadAmPage(a.agency.id, a.users.leader.id, a.memberships.am.id, DAY2);
    const may = page!.trend.find((p) => p.month === "2026-05")!;
    expect(may).toMatchObject({ load: 7, measured: true });
    const april = page!.trend.find((p) => p.month === "2026-04")!;
    expect(april.measured).toBe(false);
  });
});
