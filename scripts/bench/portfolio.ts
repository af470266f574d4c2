/**
 * Dashboard data-load benchmark (issue: portfolio performance). Prints figures, asserts nothing.
 *   npx tsx scripts/bench/portfolio.ts [--tenants 20] [--runs 7] [--keep | --database <name>]
 * (--database measures an existing, migrated database that holds the scale tenant, e.g. one kept by --keep.)
 * Creates its own PostgreSQL database (BENCH_POSTGRES_URL, default postgres@127.0.0.1:5432), migrates it, loads the
 * scale tenant (300 AMs, 3,600 accounts, 250,000 check-ins) among `--tenants` demo-sized neighbours, then measures:
 *   app   — the dashboard as the page gets it (loadDashboardSummary): in one RLS-scoped transaction as the
 *           non-bypass app role, check that the stored standing is current, read it with the AMs, pipeline and
 *           commercial rows, sum the figures and pick the top of each list (lib/domain/portfolio/standing-store.ts);
 *   live  — the same dashboard recomputed from the raw rows (loadPortfolioData + composeDashboard), which is what
 *           the stored standing costs once a day, and what it cost before it existed;
 *   write — what keeping it current costs a write: one book recomputed (an AM's check-in), and every book at once;
 *   floor — one hand-written SQL statement computing the same six headline figures, health scores included
 *           (scripts/bench/portfolio-floor.sql.ts);
 * and their ratio, all in the same run on the same data; exit code 1 when the floor and the app disagree.
 */
import { createPrismaForPostgres } from "../../lib/db/client";
import { deployMigrations } from "../../lib/db/migrate/commands";
import { pgTarget } from "../../lib/db/migrate/targets";
import { setAppDatabase } from "../../lib/db/prisma";
import { composeDashboard } from "../../lib/domain/portfolio/dashboard";
import { loadPortfolioData } from "../../lib/domain/portfolio/load-portfolio";
import { refreshStanding } from "../../lib/domain/portfolio/standing-store";
import { loadDashboardSummary } from "../../lib/domain/portfolio/load-dashboard-lists";
import { summarizeDashboard } from "../../lib/domain/portfolio/dashboard-lists";
import { withTenant } from "../../lib/db/tenant";
import { loadScaleTenant } from "../scale/load";
import { queryOnce, withDatabase, withPgClient } from "../support/postgres";
import { timed } from "../support/timed";
import { floorHeadline, PORTFOLIO_FLOOR_SQL } from "./portfolio-floor.sql";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ADMIN = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const urlFor = (database: string, user?: string) => withDatabase(ADMIN, database, user);
const admin = (sql: string) => queryOnce(ADMIN, sql);

async function main() {
  const tenants = arg("tenants", 20);
  const runs = arg("runs", 7);
  const reuse = process.argv.includes("--database") ? process.argv[process.argv.indexOf("--database") + 1]! : null;
  const name = reuse ?? `acc_bench_${Date.now().toString(36)}`;
  const role = `${name}_app`;
  if (!reuse) await admin(`CREATE DATABASE "${name}"`);
  try {
    let agencyId: string;
    if (reuse) {
      agencyId = (await queryOnce<{ id: string }>(urlFor(name), `SELECT id FROM "Agency" WHERE slug = 'scale-bench'`))
        .rows[0]!.id;
      await admin(`DROP ROLE IF EXISTS "${role}"`);
    } else {
      const target = pgTarget(urlFor(name));
      await deployMigrations(target);
      await target.close();
      const loaded = await loadScaleTenant(urlFor(name), { scale: 1, tenants, log: () => {} });
      agencyId = loaded.benchmark.agencyId;
      console.log(`data: scale tenant + ${tenants} neighbours loaded in ${(loaded.totalMs / 1000).toFixed(1)} s`);
    }

    await admin(`CREATE ROLE "${role}" LOGIN NOSUPERUSER NOBYPASSRLS IN ROLE accountable_app`);
    const app = createPrismaForPostgres(urlFor(name, role), 4);
    setAppDatabase(app);
    const today = new Date();
    const load = await timed(runs, () => loadPortfolioData(agencyId, null, today));
    const compose = await timed(runs, async () =>
      composeDashboard(load.last.snapshot, load.last.pipeline, load.last.rules, today),
    );
    const live = load.median + compose.median;
    const everyBook = await timed(3, () => refreshEveryBook(agencyId, today));
    const busiestAm = compose.last.dashboard.amLoads[0]!.id;
    const oneBook = await timed(runs, () => refreshOneBook(urlFor(name), agencyId, busiestAm, today));
    const stored = await timed(runs, async () => (await loadDashboardSummary(agencyId, null, {}, today)).dashboard);
    const total = stored.median;

    const floor = await withPgClient(urlFor(name), (client) =>
      timed(runs, () => client.query(PORTFOLIO_FLOOR_SQL, [agencyId, today.toISOString().slice(0, 10)])),
    );
    await app.$disconnect();

    const d = stored.last;
    const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(
      `tenant: ${d.amTotal} AMs, ${d.headline.accounts} active accounts, ${compose.last.dashboard.signals.length} signals`,
    );
    console.log(`live  data load (6 queries, RLS, app role): median ${fmt(load.median)}  (min ${fmt(load.min)})`);
    console.log(
      `live  compose (health, signals, ranking):    median ${fmt(compose.median)}  (min ${fmt(compose.min)})`,
    );
    console.log(`live  total:                                 median ${fmt(live)}`);
    console.log(
      `write one book recomputed and stored:        median ${fmt(oneBook.median)}  (min ${fmt(oneBook.min)})`,
    );
    console.log(`write every book recomputed and stored:      median ${fmt(everyBook.median)}`);
    console.log(`app   stored standing, read and summarized:  median ${fmt(stored.median)}  (min ${fmt(stored.min)})`);
    console.log(`floor one hand-written SQL statement:        median ${fmt(floor.median)}  (min ${fmt(floor.min)})`);
    console.log(
      `ratio app total / floor: ${(total / floor.median).toFixed(2)}×   (live recomputation: ${(live / floor.median).toFixed(2)}×)`,
    );
    const { dashboard: liveDashboard, attention } = compose.last;
    const same = JSON.stringify(d) === JSON.stringify(summarizeDashboard(liveDashboard, attention.length));
    console.log(`stored check: the stored dashboard ${same ? "equals" : "DIFFERS FROM"} the live composition`);
    if (!same) process.exitCode = 1;
    const floorFigures = floorHeadline(floor.last.rows[0]);
    const disagreeing = (Object.keys(floorFigures) as (keyof typeof floorFigures)[]).filter(
      (key) => Math.abs(floorFigures[key] - d.headline[key]) > 0.005,
    );
    console.log(
      `floor check: ${disagreeing.length === 0 ? "agrees" : "DISAGREES"} on the six headline figures — ` +
        Object.entries(floorFigures)
          .map(([key, value]) => `${key} ${value} vs app ${d.headline[key as keyof typeof floorFigures]}`)
          .join("; "),
    );
    if (disagreeing.length > 0) process.exitCode = 1;
  } finally {
    if (reuse) await admin(`DROP ROLE IF EXISTS "${role}"`);
    else if (!process.argv.includes("--keep")) {
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin(`DROP ROLE IF EXISTS "${role}"`);
    } else console.log(`kept database ${name}`);
  }
}

/** Every book recomputed: what the day's first view (or a settings change) costs. */
async function refreshEveryBook(agencyId: string, today: Date) {
  await withTenant(agencyId, null, async (tx) => {
    await tx.$executeRaw`DELETE FROM "BookStanding" WHERE "agencyId" = ${agencyId}::uuid`;
    await refreshStanding(tx, agencyId, today);
  });
}

/** One book marked, as a trigger marks it, and recomputed as the write path does. */
async function refreshOneBook(adminUrl: string, agencyId: string, amId: string, today: Date) {
  await queryOnce(adminUrl, `INSERT INTO "BookDirty" ("agencyId", "amId") VALUES ('${agencyId}', '${amId}')`);
  const outcome = await withTenant(agencyId, null, (tx) => refreshStanding(tx, agencyId, today, { booksOnly: true }));
  if (outcome !== "books") throw new Error(`expected one book to be recomputed, got "${outcome}"`);
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
