/**
 * Dashboard data-load benchmark (issue: portfolio performance). Prints figures, asserts nothing.
 *   npx tsx scripts/bench/portfolio.ts [--tenants 20] [--runs 7] [--keep | --database <name>]
 * (--database measures an existing, migrated database that holds the scale tenant, e.g. one kept by --keep.)
 * Creates its own PostgreSQL database (BENCH_POSTGRES_URL, default postgres@127.0.0.1:5432), migrates it, loads the
 * scale tenant (300 AMs, 3,600 accounts, 250,000 check-ins) among `--tenants` demo-sized neighbours, then measures:
 *   app   — the dashboard's data load as the app runs it: six queries in one RLS-scoped transaction as the
 *           non-bypass app role, plus composing the figures with the pure rules (health, signals, ranking);
 *   floor — one hand-written SQL statement computing the same six headline figures, health scores included
 *           (scripts/bench/portfolio-floor.sql.ts);
 * and their ratio, all in the same run on the same data; exit code 1 when the floor and the app disagree.
 */
import { createPrismaForPostgres } from "../../lib/db/client";
import { deployMigrations } from "../../lib/db/migrate/commands";
import { pgTarget } from "../../lib/db/migrate/targets";
import { setAppDatabase } from "../../lib/db/prisma";
import { buildDashboard } from "../../lib/domain/portfolio/dashboard";
import { loadPortfolioData } from "../../lib/domain/portfolio/load-portfolio";
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
      buildDashboard(load.last.snapshot, load.last.pipeline, load.last.rules, today),
    );
    const total = load.median + compose.median;

    const floor = await withPgClient(urlFor(name), (client) =>
      timed(runs, () => client.query(PORTFOLIO_FLOOR_SQL, [agencyId, today.toISOString().slice(0, 10)])),
    );
    await app.$disconnect();

    const d = compose.last;
    const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(`tenant: ${d.amLoads.length} AMs, ${d.headline.accounts} active accounts, ${d.signals.length} signals`);
    console.log(`app   data load (6 queries, RLS, app role): median ${fmt(load.median)}  (min ${fmt(load.min)})`);
    console.log(
      `app   compose (health, signals, ranking):    median ${fmt(compose.median)}  (min ${fmt(compose.min)})`,
    );
    console.log(`app   total:                                 median ${fmt(total)}`);
    console.log(`floor one hand-written SQL statement:        median ${fmt(floor.median)}  (min ${fmt(floor.min)})`);
    console.log(
      `ratio app total / floor: ${(total / floor.median).toFixed(2)}×   (data load alone: ${(load.median / floor.median).toFixed(2)}×)`,
    );
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

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
