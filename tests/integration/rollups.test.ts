/**
 * The rollup tables (AccountRollup, AccountContactSeen, KpiLatestMeasurement) are derived data kept by triggers. After a
 * mixed sequence of writes through the server actions, the CSV import and plain SQL as the app role (check-in edits
 * and deletes, which have no action yet), every rollup must equal a recomputation from the raw rows.
 */
import { describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { withTenant } from "../../lib/db/tenant";
import { addMember } from "../factories/members";
import { addAccount } from "../factories/accounts";
import { leadsKpiInput } from "../factories/kpis";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { logCheckIn } = await import("../../lib/actions/check-ins");
const { archiveAccount, reassignAccount } = await import("../../lib/actions/accounts");
const { createKpi, recordMeasurement, deleteMeasurement } = await import("../../lib/actions/kpis");
const { commitImport } = await import("../../lib/actions/import");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;

const day = (iso: string) => new Date(`${iso}T10:00:00.000Z`);

/** Rows as the triggers left them, and the same rows recomputed from CheckIn, CheckInContact and KpiMeasurement. */
const ROLLUP_CHECKS = {
  accounts: [
    `SELECT "agencyId", "accountId", "lastCheckInAt", "nextDueAt", "recentSentiments"::int[] AS s
     FROM "AccountRollup" ORDER BY 1, 2`,
    `SELECT ci."agencyId", ci."accountId", max(ci."occurredAt") AS "lastCheckInAt",
            (array_agg(ci."nextDueAt" ORDER BY ci."occurredAt" DESC, ci.id DESC))[1] AS "nextDueAt",
            (array_agg(ci.sentiment::int ORDER BY ci."occurredAt" DESC, ci.id DESC))[1:5] AS s
     FROM "CheckIn" ci GROUP BY 1, 2 ORDER BY 1, 2`,
  ],
  contacts: [
    `SELECT "agencyId", "accountId", "contactId", "lastSeenAt" FROM "AccountContactSeen" ORDER BY 1, 2, 3`,
    `SELECT ci."agencyId", ci."accountId", cc."contactId", max(ci."occurredAt") AS "lastSeenAt"
     FROM "CheckIn" ci JOIN "CheckInContact" cc ON cc."agencyId" = ci."agencyId" AND cc."checkInId" = ci.id
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  ],
  kpis: [
    `SELECT "agencyId", "kpiId", value, "periodStart" FROM "KpiLatestMeasurement" ORDER BY 1, 2`,
    `SELECT DISTINCT ON (m."agencyId", m."kpiId") m."agencyId", m."kpiId", m.value, m."periodStart"
     FROM "KpiMeasurement" m ORDER BY m."agencyId", m."kpiId", m."periodStart" DESC`,
  ],
} as const;

async function expectRollupsConsistent() {
  for (const [name, [kept, recomputed]] of Object.entries(ROLLUP_CHECKS)) {
    const [left, right] = [await db.admin.$queryRawUnsafe(kept), await db.admin.$queryRawUnsafe(recomputed)];
    expect({ name, rows: left }).toEqual({ name, rows: right });
  }
}

/** Plain SQL as the app role under row-level security: the path a future edit/delete action will take. */
const asApp = (f: AgencyFixture, sql: string, ...params: unknown[]) =>
  withTenant(f.agency.id, f.users.leader.id, (tx) => tx.$executeRawUnsafe(sql, ...params));

setUpTwoAgencies((s) => ({ db, a, b } = s));

describe("rollups after a mixed sequence of writes", () => {
  it("equal a recomputation from the raw rows, in both agencies", async () => {
    const contacts = await Promise.all(
      ["Ana", "Bo", "Cy"].map((name) =>
        db.admin.contact.create({ data: { agencyId: a.agency.id, clientId: a.client.id, name }, select: { id: true } }),
      ),
    );
    const second = await addAccount(db.admin, a, { name: "Second" });
    signInAsMember(a, "leader");
    const log = (accountId: string, when: string, sentiment: number, attendeeIds: string[] = []) =>
      logCheckIn(a.agency.slug, {
        accountId,
        occurredAt: day(when),
        channel: "CALL",
        sentiment,
        summary: "x",
        attendeeIds,
      });
    for (const [i, when] of [
      "2026-03-01",
      "2026-03-05",
      "2026-03-09",
      "2026-03-12",
      "2026-03-20",
      "2026-03-25",
    ].entries()) {
      expect(await log(a.account.id, when, 1 + (i % 5), [contacts[i % 3]!.id])).toMatchObject({ ok: true });
    }
    expect(await log(second.id, "2026-03-02", 4, [contacts[0]!.id, contacts[1]!.id])).toMatchObject({ ok: true });
    signInAsMember(b, "leader");
    expect(
      await logCheckIn(b.agency.slug, {
        accountId: b.account.id,
        channel: "EMAIL",
        sentiment: 2,
        summary: "y",
        attendeeIds: [],
      }),
    ).toMatchObject({ ok: true });
    await expectRollupsConsistent();

    // Edit: move the newest check-in back in time, change a sentiment, move one to the other account.
    const newest = await db.admin.checkIn.findFirstOrThrow({
      where: { accountId: a.account.id },
      orderBy: { occurredAt: "desc" },
    });
    await asApp(a, `UPDATE "CheckIn" SET "occurredAt" = $1 WHERE id = $2::uuid`, day("2026-02-01"), newest.id);
    await asApp(a, `UPDATE "CheckIn" SET sentiment = 5 WHERE "accountId" = $1::uuid`, second.id);
    const oldest = await db.admin.checkIn.findFirstOrThrow({
      where: { accountId: a.account.id },
      orderBy: { occurredAt: "asc" },
    });
    await asApp(a, `UPDATE "CheckIn" SET "accountId" = $1::uuid WHERE id = $2::uuid`, second.id, oldest.id);
    // Attendees changed, then a check-in deleted (its attendees go by cascade).
    await asApp(a, `DELETE FROM "CheckInContact" WHERE "contactId" = $1::uuid`, contacts[2]!.id);
    await asApp(
      a,
      `INSERT INTO "CheckInContact" ("agencyId", "checkInId", "contactId") VALUES ($1::uuid, $2::uuid, $3::uuid)`,
      a.agency.id,
      newest.id,
      contacts[2]!.id,
    );
    const middle = await db.admin.checkIn.findFirstOrThrow({
      where: { accountId: a.account.id },
      orderBy: { occurredAt: "desc" },
      skip: 1,
    });
    await asApp(a, `DELETE FROM "CheckIn" WHERE id = $1::uuid`, middle.id);
    await expectRollupsConsistent();

    // Archive and reassign (the rollups follow the account, whoever owns it), KPI readings recorded and deleted.
    signInAsMember(a, "leader");
    const other = await addMember(db.admin, a.agency.id, ["AM"]);
    const version = (await db.admin.account.findUniqueOrThrow({ where: { id: a.account.id } })).version;
    expect(
      await reassignAccount(a.agency.slug, {
        accountId: a.account.id,
        expectedVersion: version,
        amId: other.membership.id,
      }),
    ).toMatchObject({ ok: true });
    expect(await archiveAccount(a.agency.slug, { accountId: second.id, expectedVersion: 1 })).toMatchObject({
      ok: true,
    });
    const kpi = await createKpi(a.agency.slug, leadsKpiInput(a.account.id));
    if (!kpi.ok) throw new Error(kpi.message);
    const { kpiId } = kpi.data;
    for (const [periodStart, value] of [
      ["2026-01-01", "80"],
      ["2026-02-01", "95"],
      ["2026-01-01", "85"],
    ] as const) {
      expect(await recordMeasurement(a.agency.slug, { kpiId, periodStart, value })).toMatchObject({ ok: true });
    }
    const latest = await db.admin.kpiMeasurement.findFirstOrThrow({
      where: { kpiId },
      orderBy: { periodStart: "desc" },
    });
    expect(await deleteMeasurement(a.agency.slug, { measurementId: latest.id })).toMatchObject({ ok: true });
    await expectRollupsConsistent();
    const kept = await db.admin.$queryRawUnsafe<{ value: string }[]>(
      `SELECT value::text FROM "KpiLatestMeasurement" WHERE "kpiId" = $1::uuid`,
      kpiId,
    );
    expect(kept).toEqual([{ value: "85.00" }]);

    // CSV import writes clients, accounts and contacts; a check-in on an imported account joins the rollups.
    const am = a.users.am.email;
    const text = `client_name,client_tier,account_name,am_email,monthly_value,start_date\nImported Co,1,Retainer,${am},1000,2026-01-05\n`;
    expect(await commitImport(a.agency.slug, { text, dateFormat: "ISO", fileName: "x.csv" })).toMatchObject({
      ok: true,
    });
    const imported = await db.admin.account.findFirstOrThrow({
      where: { agencyId: a.agency.id, client: { name: "Imported Co" } },
    });
    expect(await log(imported.id, "2026-03-03", 3)).toMatchObject({ ok: true });
    await expectRollupsConsistent();

    const rollups = await db.admin.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "AccountRollup"`);
    expect(Number(rollups[0]!.n)).toBe(4); // a's two accounts, the imported one, b's account
  });

  it("are invisible to another agency and not writable by the app role", async () => {
    const seen = await withTenant(b.agency.id, b.users.leader.id, (tx) =>
      tx.$queryRawUnsafe<{ agencyId: string }[]>(`SELECT "agencyId"::text FROM "AccountRollup"`),
    );
    expect(seen.map((r) => r.agencyId)).toEqual([b.agency.id]);
    await expect(
      withTenant(b.agency.id, b.users.leader.id, (tx) =>
        tx.$executeRawUnsafe(`UPDATE "AccountRollup" SET "recentSentiments" = '{5}'`),
      ),
    ).rejects.toThrow(/permission denied/);
  });
});
