/**
 * Design probe for issue 12's dashboard bar (app ≤ 1.5× the SQL floor). Prints figures, asserts nothing but agreement.
 *   npx tsx scripts/bench/stored-standing.ts --database <a database kept by `portfolio.ts --keep`>
 * What would the dashboard cost if every subject's standing (each account's health score and recency bucket, each
 * subject's signals and attention points) were kept in tables, so a page view only read and summed it? The probe
 * computes today's standing with the real rules (`composeDashboard`), writes it to two scratch tables, then times what
 * such a dashboard would do per view — in one row-level-security transaction as the app role: read the AMs, the
 * 3,600 account standings and the top 15 subjects, count the signals by type, and compose the AM loads, health bands,
 * recency buckets and revenue figures — against the floor statement in the same run. It checks that the stored path
 * gives the app's revenue figures, and drops its tables. Keeping the standing correct on every write is the part it
 * does not build: docs/PERFORMANCE.md ("Stored standing") says how, and what it measured.
 */
import { createPrismaForPostgres } from "../../lib/db/client";
import { setAppDatabase } from "../../lib/db/prisma";
import { withTenant } from "../../lib/db/tenant";
import { composeDashboard, recencyBucket, SEVERITY_POINTS } from "../../lib/domain/portfolio/dashboard";
import { healthBand } from "../../lib/domain/portfolio/health";
import { assessBook, countsTowardLoad } from "../../lib/domain/portfolio/load";
import { loadPortfolioData } from "../../lib/domain/portfolio/load-portfolio";
import { readAccountManagers } from "../../lib/domain/portfolio/queries";
import { healthScoresByAccount } from "../../lib/domain/portfolio/signals";
import type { AccountStatus, Complexity } from "../../lib/domain/portfolio/types";
import { queryOnce, withDatabase, withPgClient } from "../support/postgres";
import { timed } from "../support/timed";
import { PORTFOLIO_FLOOR_SQL } from "./portfolio-floor.sql";

const ADMIN = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const RUNS = 20;

type StandingRow = {
  amId: string;
  status: AccountStatus;
  complexity: Complexity;
  monthlyValue: number;
  score: number | null;
  recency: string;
};

async function main() {
  const flag = process.argv.indexOf("--database");
  if (flag < 0) throw new Error("usage: stored-standing.ts --database <name kept by portfolio.ts --keep>");
  const name = process.argv[flag + 1]!;
  const url = (user?: string) => withDatabase(ADMIN, name, user);
  const agencyId = (await queryOnce<{ id: string }>(url(), `SELECT id FROM "Agency" WHERE slug = 'scale-bench'`))
    .rows[0]!.id;
  const role = `${name}_probe`;
  await queryOnce(ADMIN, `DROP ROLE IF EXISTS "${role}"`);
  await queryOnce(ADMIN, `CREATE ROLE "${role}" LOGIN NOSUPERUSER NOBYPASSRLS IN ROLE accountable_app`);
  const app = createPrismaForPostgres(url(role), 4);
  setAppDatabase(app);
  const today = new Date();
  try {
    // Today's standing, as the write path would keep it.
    const data = await loadPortfolioData(agencyId, null, today);
    const { dashboard, attention } = composeDashboard(data.snapshot, data.pipeline, data.rules, today);
    const scores = healthScoresByAccount(data.snapshot.accounts, data.snapshot.projects, today, data.rules);
    const accounts = data.snapshot.accounts.map((a) => ({
      agencyId,
      accountId: a.id,
      amId: a.amId,
      status: a.status,
      complexity: a.complexity,
      monthlyValue: a.monthlyValue,
      score: scores.get(a.id) ?? null,
      recency: recencyBucket(a.lastCheckInAt, data.rules.cadence[a.tier], today),
    }));
    const subjects = attention.map((item) => ({
      agencyId,
      kind: item.subject.kind,
      id: item.subject.id,
      name: item.subject.name,
      points: item.reasons.reduce((sum, r) => sum + SEVERITY_POINTS[r.severity], 0),
      severity: item.severity,
      monthlyValue: item.monthlyValue,
      reasons: item.reasons,
    }));
    await withPgClient(url(), async (c) => {
      await c.query(`
        CREATE TABLE probe_account_standing ("agencyId" uuid, "accountId" uuid, "amId" uuid, status text,
          complexity text, "monthlyValue" float8, score int, recency text, PRIMARY KEY ("agencyId", "accountId"));
        CREATE TABLE probe_subject_standing ("agencyId" uuid, kind text, id uuid, name text, points int,
          severity text, "monthlyValue" float8, reasons jsonb, PRIMARY KEY ("agencyId", kind, id));
        GRANT SELECT ON probe_account_standing, probe_subject_standing TO accountable_app`);
      for (const [table, rows] of [
        ["probe_account_standing", accounts],
        ["probe_subject_standing", subjects],
      ] as const) {
        await c.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(null::${table}, $1)`, [
          JSON.stringify(rows),
        ]);
      }
      await c.query(`ANALYZE probe_account_standing; ANALYZE probe_subject_standing`);
    });

    const stored = await timed(RUNS, () =>
      withTenant(agencyId, null, async (tx) => {
        const ams = await readAccountManagers(tx, agencyId);
        const rows = await tx.$queryRaw<StandingRow[]>`
          SELECT "amId", status, complexity, "monthlyValue", score, recency FROM probe_account_standing
          WHERE "agencyId" = ${agencyId}::uuid`;
        const top = await tx.$queryRaw<unknown[]>`
          SELECT kind, id, name, severity, "monthlyValue", reasons FROM probe_subject_standing
          WHERE "agencyId" = ${agencyId}::uuid ORDER BY points DESC, "monthlyValue" DESC, name LIMIT 15`;
        const byType = await tx.$queryRaw<{ type: string; n: number }[]>`
          SELECT r->>'type' AS type, count(*)::int AS n
          FROM probe_subject_standing s, jsonb_array_elements(s.reasons) r
          WHERE s."agencyId" = ${agencyId}::uuid GROUP BY 1`;
        const books = new Map<string, StandingRow[]>();
        for (const row of rows) {
          const book = books.get(row.amId);
          if (book) book.push(row);
          else books.set(row.amId, [row]);
        }
        const loads = ams.map((am) => ({ ...am, ...assessBook(books.get(am.id) ?? [], data.snapshot.guideline) }));
        const health = { healthy: 0, watch: 0, at_risk: 0, unscored: 0 };
        const recency: Record<string, number> = {};
        let monthlyValue = 0;
        let revenueAtRisk = 0;
        for (const row of rows) {
          if (!countsTowardLoad(row.status)) continue;
          const band = row.score === null ? "unscored" : healthBand(row.score);
          health[band] += 1;
          recency[row.recency] = (recency[row.recency] ?? 0) + 1;
          monthlyValue += row.monthlyValue;
          if (band === "at_risk" || row.status === "AT_RISK") revenueAtRisk += row.monthlyValue;
        }
        return { loads, health, recency, monthlyValue, revenueAtRisk, top, byType };
      }),
    );
    const floor = await withPgClient(url(), (client) =>
      timed(RUNS, () => client.query(PORTFOLIO_FLOOR_SQL, [agencyId, today.toISOString().slice(0, 10)])),
    );

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(`stored: ${accounts.length} account standings, ${subjects.length} subjects with signals`);
    console.log(`stored standing, read and composed:  median ${ms(stored.median)}  (min ${ms(stored.min)})`);
    console.log(`floor one hand-written SQL statement: median ${ms(floor.median)}  (min ${ms(floor.min)})`);
    console.log(`ratio stored standing / floor: ${(stored.median / floor.median).toFixed(2)}×`);
    const agrees =
      stored.last.monthlyValue === dashboard.headline.monthlyValue &&
      stored.last.revenueAtRisk === dashboard.headline.revenueAtRisk;
    console.log(
      `check: ${agrees ? "agrees" : "DISAGREES"} — monthly value ${stored.last.monthlyValue} vs app ` +
        `${dashboard.headline.monthlyValue}; revenue at risk ${stored.last.revenueAtRisk} vs app ` +
        `${dashboard.headline.revenueAtRisk}`,
    );
    if (!agrees) process.exitCode = 1;
  } finally {
    await app.$disconnect();
    await queryOnce(url(), `DROP TABLE IF EXISTS probe_account_standing, probe_subject_standing`);
    await queryOnce(ADMIN, `DROP ROLE IF EXISTS "${role}"`);
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
