/**
 * Load run: `npx tsx scripts/load/run.ts [--connections 50] [--duration 60] [--scale 1] [--tenants 20] [--port 3400]
 * [--instances N] [--app-port 3410] [--compare-instances 1,2] [--saturate] [--database-url URL] [--keep]
 * [--skip-tenant SLUG] [--pool-size N] [--overflow-pause off]`. Needs a production build (`npx next build`) and
 * PostgreSQL (TEST_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/postgres); HAProxy for --instances (scripts/cluster.ts), stress-ng for
 * --saturate (both installed with apt-get when missing and run as root).
 *
 * Creates its own database with the benchmark tenant and `--tenants` demo-sized neighbours (or reuses
 * `--database-url`, already loaded), starts the production server (scripts/serve.ts) against it as a non-bypass login
 * role — or `--instances N` of them behind HAProxy on `--port` (apps on `--app-port`…) — signs in one distinct person
 * per connection over HTTP, drives them for `--duration` seconds, then prints throughput, p50/p95/p99 per route and
 * the error count, checks that every acknowledged check-in and project update is stored exactly once, that no write
 * refused as busy was stored, and that no response carried another tenant's ids or slug. Exit code 0 only if all of
 * that holds. Refusals for lack of capacity (503 + Retry-After, the typed busy result) are counted apart from errors.
 *
 * `--compare-instances 1,2` runs the same traffic against 1 and then 2 instances (30 s each unless --duration) and
 * prints the throughput ratio. `--saturate` runs 200 connections (unless --connections) for 30 s against one instance
 * per core behind HAProxy, beside stress-ng hogging every core. `--skip-tenant scale-bench` leaves the benchmark
 * tenant loaded but drives no session in it (to separate its pages' cost).
 */
import { availableParallelism, loadavg } from "node:os";
import { loadScaleTenant } from "../scale/load";
import { tenantIdMap } from "./data";
import { runPhase } from "./phase";
import type { Outcome } from "./report";
import { queryOnce } from "../support/postgres";
import { createAppLogin, createMigratedDatabase } from "./server";

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function parseArgs(argv: string[]) {
  const out = {
    connections: 50,
    duration: 60,
    scale: 1,
    tenants: 20,
    port: 3400,
    databaseUrl: "",
    keep: false,
    skipTenant: "",
    poolSize: 0,
    overflowPause: "on",
    instances: 0,
    appPort: 0,
    compare: [] as number[],
    saturate: false,
    durationGiven: false,
    connectionsGiven: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2);
    const value = () => inline ?? argv[++i] ?? "";
    if (flag === "--connections") [out.connections, out.connectionsGiven] = [Number(value()), true];
    else if (flag === "--duration") [out.duration, out.durationGiven] = [Number(value()), true];
    else if (flag === "--instances") out.instances = Number(value());
    else if (flag === "--app-port") out.appPort = Number(value());
    else if (flag === "--compare-instances") out.compare = value().split(",").map(Number);
    else if (flag === "--saturate") out.saturate = true;
    else if (flag === "--scale") out.scale = Number(value());
    else if (flag === "--tenants") out.tenants = Number(value());
    else if (flag === "--port") out.port = Number(value());
    else if (flag === "--database-url") out.databaseUrl = value();
    else if (flag === "--keep") out.keep = true;
    else if (flag === "--skip-tenant") out.skipTenant = value();
    else if (flag === "--pool-size") out.poolSize = Number(value());
    else if (flag === "--overflow-pause") out.overflowPause = value();
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (out.compare.length > 0 || out.saturate) out.duration = out.durationGiven ? out.duration : 30;
  if (out.saturate) {
    out.connections = out.connectionsGiven ? out.connections : 200;
    out.instances ||= availableParallelism();
  }
  out.appPort ||= out.port + 10;
  return out;
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const instancesLabel = (n: number) => `${n} instance${n === 1 ? "" : "s"}`;

/** The last lines: throughput and errors of each phase, and the ratio of a comparison. */
function printSummary(runs: { instances: number; outcome: Outcome }[]) {
  const rate = (o: Outcome) => `${o.throughput.toFixed(1)} req/s`;
  console.log("");
  if (runs.length === 1) {
    const { outcome } = runs[0]!;
    console.log(`throughput: ${rate(outcome)}`);
    console.log(
      `errors: ${outcome.errors} (503s with Retry-After and typed busy results counted apart: ${outcome.refused})`,
    );
    return;
  }
  console.log(`throughput: ${runs.map((r) => `${instancesLabel(r.instances)} ${rate(r.outcome)}`).join(", ")}`);
  const errors = runs.reduce((sum, r) => sum + r.outcome.errors, 0);
  const refused = runs.map((r) => `${instancesLabel(r.instances)} ${r.outcome.refused}`).join(", ");
  console.log(`errors: ${errors} (503s with Retry-After and typed busy results counted apart: ${refused})`);
  const [first, last] = [runs[0]!, runs.at(-1)!];
  const ratio =
    first.outcome.throughput > 0
      ? `${(last.outcome.throughput / first.outcome.throughput).toFixed(2)}×`
      : `n/a (nothing answered with ${instancesLabel(first.instances)})`;
  console.log(`throughput ${instancesLabel(last.instances)} / ${instancesLabel(first.instances)}: ${ratio}`);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  console.log(
    `load average before the run: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(", ")} (${availableParallelism()} cores)`,
  );
  let databaseUrl = args.databaseUrl;
  const created = !databaseUrl;
  if (created) {
    const name = `acc_load_${Date.now().toString(36)}`;
    console.log(`database ${name}: migrating, loading scale ${args.scale} + ${args.tenants} neighbour tenants…`);
    databaseUrl = await createMigratedDatabase(ADMIN_URL, name);
    const loaded = await loadScaleTenant(databaseUrl, { scale: args.scale, tenants: args.tenants });
    console.log(`loaded in ${(loaded.totalMs / 1000).toFixed(1)} s`);
  }
  const login = await createAppLogin(databaseUrl);
  try {
    const slugs = (
      await queryOnce<{ slug: string }>(
        databaseUrl,
        `SELECT slug FROM "Agency" WHERE slug LIKE 'scale-%' ORDER BY slug`,
      )
    ).rows
      .map((r) => r.slug)
      .filter((slug: string) => slug !== args.skipTenant)
      .sort((x: string, y: string) => (x === "scale-bench" ? -1 : y === "scale-bench" ? 1 : x.localeCompare(y)));
    const { ids, slugs: slugOwners } = await tenantIdMap(databaseUrl);
    const slugPattern = new RegExp(
      `(?<![a-z0-9-])(${[...slugOwners.keys()].map(escapeRegExp).join("|")})(?![a-z0-9-])`,
      "g",
    );
    const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
    const foreignAgencies = (body: string, own: string) => {
      const found = new Set<string>();
      for (const [id] of body.matchAll(uuidPattern)) {
        const owner = ids.get(id);
        if (owner && owner !== own) found.add(owner);
      }
      for (const [slug] of body.matchAll(slugPattern)) {
        const owner = slugOwners.get(slug);
        if (owner && owner !== own) found.add(owner);
      }
      return [...found];
    };
    const phases = args.compare.length > 0 ? args.compare : [args.instances];
    const runs: { instances: number; outcome: Outcome }[] = [];
    for (const instances of phases) {
      const outcome = await runPhase({ ...args, databaseUrl, appUrl: login.url, slugs, instances, foreignAgencies });
      runs.push({ instances, outcome });
    }
    console.log(
      `load average after the run: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(", ")}`,
    );
    printSummary(runs);
    return runs.every((r) => r.outcome.ok) ? 0 : 1;
  } finally {
    await queryOnce(databaseUrl, `DROP OWNED BY "${login.role}"`).catch(() => undefined);
    await queryOnce(ADMIN_URL, `DROP ROLE IF EXISTS "${login.role}"`).catch(() => undefined);
    if (created && !args.keep) {
      await queryOnce(ADMIN_URL, `DROP DATABASE IF EXISTS "${new URL(databaseUrl).pathname.slice(1)}" WITH (FORCE)`);
    } else if (created) {
      console.log(`kept the database: --database-url ${databaseUrl}`);
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
