/**
 * The benchmark data generator: one big tenant (scale 1 = 3,000 employees, 300 AMs, 3,600 accounts, 250,000
 * check-ins) plus optional demo-sized neighbour tenants, loaded with set-based INSERT ... SELECT FROM
 * generate_series, one transaction per tenant. PostgreSQL only; the connection must bypass row-level security
 * (a superuser such as `postgres`, or a role with BYPASSRLS), as the migrations FORCE it on every tenant table.
 */
import argon2 from "argon2";
import pg from "pg";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-agencies";
import { activitySteps } from "./activity";
import { peopleSteps, type Step } from "./people";
import { planFor, type TenantPlan } from "./plan";
import { sid } from "./sql";
import { withPgClient } from "../support/postgres";

export const SCALE_SLUG = "scale-bench";
/** Neighbour tenants are sized like a mid-size demo agency: 90 employees, 9 AMs, 108 accounts, 7,500 check-ins. */
export const NEIGHBOUR_SCALE = 0.03;

export type ScaleOptions = {
  scale: number;
  /** Additional demo-sized tenants loaded alongside the benchmark tenant. */
  tenants?: number;
  /** Delete existing scale tenants with the same slugs first (otherwise an existing slug is an error). */
  replace?: boolean;
  today?: Date;
  log?: (line: string) => void;
};

export type TableTiming = { table: string; rows: number; ms: number };
export type TenantResult = { slug: string; agencyId: string; plan: TenantPlan; tables: TableTiming[]; ms: number };
export type ScaleResult = { benchmark: TenantResult; neighbours: TenantResult[]; analyzeMs: number; totalMs: number };

const TENANT_TABLES = [
  "AccountContactSeen",
  "AccountRollup",
  "KpiLatestMeasurement",
  "CheckInContact",
  "CheckIn",
  "ProjectUpdate",
  "Project",
  "KpiMeasurement",
  "Kpi",
  "GrowthAction",
  "Opportunity",
  "GrowthPlan",
  "Account",
  "Contact",
  "Client",
  "Invitation",
  "AuditEvent",
  "Membership",
];

async function withClient<T>(
  target: pg.ClientBase | pg.Pool | string,
  fn: (c: pg.ClientBase) => Promise<T>,
): Promise<T> {
  if (typeof target === "string") return withPgClient(target, fn);
  if (target instanceof pg.Pool) {
    const client = await target.connect();
    try {
      return await fn(client);
    } finally {
      client.release();
    }
  }
  return fn(target);
}

async function removeTenant(client: pg.ClientBase, slug: string): Promise<void> {
  const found = await client.query<{ id: string }>(`SELECT id FROM "Agency" WHERE slug = $1`, [slug]);
  const agencyId = found.rows[0]?.id;
  if (agencyId) {
    // Children before parents: several tenant foreign keys are ON DELETE RESTRICT.
    for (const table of TENANT_TABLES) await client.query(`DELETE FROM "${table}" WHERE "agencyId" = $1`, [agencyId]);
    await client.query(`DELETE FROM "Agency" WHERE id = $1`, [agencyId]);
  }
  await client.query(
    `DELETE FROM "User" u WHERE u.email LIKE $1 AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = u.id)`,
    [`%@${slug}.example`],
  );
}

async function loadTenant(
  client: pg.ClientBase,
  plan: TenantPlan,
  passwordHash: string,
  replace: boolean,
  log: (line: string) => void,
): Promise<TenantResult> {
  if (!/^[a-z0-9-]+$/.test(plan.slug)) throw new Error(`invalid slug ${plan.slug}`);
  const tables: TableTiming[] = [];
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL synchronous_commit = off");
    // Bulk-load mode: every row is generated consistent by construction (ids are recomputed, never looked up), so the
    // per-row foreign-key checks and the rollup triggers are skipped while loading, and the rollups are then computed
    // once, set-based, by the same functions the triggers call. Needs a superuser; without one, the triggers run.
    const replica = await client
      .query("SAVEPOINT replica_mode; SET LOCAL session_replication_role = replica; RELEASE SAVEPOINT replica_mode")
      .then(
        () => true,
        async () => {
          await client.query("ROLLBACK TO SAVEPOINT replica_mode");
          return false;
        },
      );
    if (replace) {
      const t = performance.now();
      await removeTenant(client, plan.slug);
      log(`  ${plan.slug} removed the previous copy in ${((performance.now() - t) / 1000).toFixed(2)} s`);
    }
    const started = performance.now();
    const exists = await client.query(`SELECT 1 FROM "Agency" WHERE slug = $1`, [plan.slug]);
    if (exists.rowCount) throw new Error(`agency "${plan.slug}" already exists (use --replace, or a fresh database)`);
    const agencyId = (await client.query<{ id: string }>(`SELECT ${sid(plan.slug, "agency", "1")} AS id`)).rows[0]!.id;
    const steps: Step[] = [...peopleSteps(plan, agencyId), ...activitySteps(plan, agencyId)];
    for (const step of steps) {
      const t = performance.now();
      const result = await client.query(step.sql, step.table === "User" ? [passwordHash] : step.params);
      const timing = { table: step.table, rows: result.rowCount ?? 0, ms: performance.now() - t };
      tables.push(timing);
      log(
        `  ${plan.slug} ${step.table.padEnd(15)} ${String(timing.rows).padStart(8)} rows ${(timing.ms / 1000).toFixed(2).padStart(7)} s`,
      );
    }
    if (replica) {
      const t = performance.now();
      await client.query("SET LOCAL session_replication_role = origin");
      // Statistics first: in a fresh database the planner takes the just-filled tables for empty and joins check-ins
      // to their attendees by nested scans, which turned this step from seconds into more than ten minutes. ANALYZE
      // inside the transaction samples its own uncommitted rows.
      await client.query(`ANALYZE "Account", "CheckIn", "CheckInContact", "Kpi", "KpiMeasurement"`);
      await client.query(
        `SELECT app_refresh_account_rollups($1, array(SELECT id FROM "Account" WHERE "agencyId" = $1)),
                app_refresh_kpi_latest($1, array(SELECT id FROM "Kpi" WHERE "agencyId" = $1))`,
        [agencyId],
      );
      tables.push({ table: "(rollups)", rows: 0, ms: performance.now() - t });
      log(`  ${plan.slug} rollups         ${((performance.now() - t) / 1000).toFixed(2).padStart(16)} s`);
    }
    await client.query("COMMIT");
    return { slug: plan.slug, agencyId, plan, tables, ms: performance.now() - started };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/** Loads the benchmark tenant (and `tenants` neighbours). `target`: a connected pg client, a pool, or a URL. */
export async function loadScaleTenant(
  target: pg.ClientBase | pg.Pool | string,
  options: ScaleOptions,
): Promise<ScaleResult> {
  const { scale, tenants = 0, replace = false, log = () => {} } = options;
  if (!(scale > 0)) throw new Error("scale must be a positive number");
  if (!Number.isInteger(tenants) || tenants < 0) throw new Error("tenants must be a non-negative integer");
  const today = options.today ?? new Date();
  const started = performance.now();
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  const loadNeighbours = async (client: pg.ClientBase) => {
    const neighbours: TenantResult[] = [];
    for (let i = 1; i <= tenants; i++) {
      const slug = `scale-neighbour-${String(i).padStart(2, "0")}`;
      neighbours.push(
        await loadTenant(
          client,
          planFor(slug, `Neighbour Agency ${i}`, NEIGHBOUR_SCALE, today),
          passwordHash,
          replace,
          log,
        ),
      );
    }
    return neighbours;
  };
  const loadBenchmark = (client: pg.ClientBase) =>
    loadTenant(client, planFor(SCALE_SLUG, "Scale Benchmark Agency", scale, today), passwordHash, replace, log);
  // Given a URL, the neighbours load on a second connection while the benchmark tenant loads: two cores, two
  // transactions. Given one client, everything runs on it in turn.
  const [neighbours, benchmark] =
    typeof target === "string"
      ? await Promise.all([withClient(target, loadNeighbours), withClient(target, loadBenchmark)])
      : await withClient(
          target,
          async (client) => [await loadNeighbours(client), await loadBenchmark(client)] as const,
        );
  const t = performance.now();
  await withClient(target, (client) => client.query(`ANALYZE ${TENANT_TABLES.map((name) => `"${name}"`).join(", ")}`));
  const analyzeMs = performance.now() - t;
  return { benchmark, neighbours, analyzeMs, totalMs: performance.now() - started };
}
