/**
 * Load run: `npx tsx scripts/load/run.ts [--connections 50] [--duration 60] [--scale 1] [--tenants 20] [--port 3400]
 * [--database-url URL] [--keep] [--skip-tenant SLUG] [--pool-size N]`. Needs a production build (`npx next build`) and PostgreSQL (TEST_POSTGRES_URL,
 * default postgresql://postgres@127.0.0.1:5432/postgres).
 *
 * Creates its own database with the benchmark tenant and `--tenants` demo-sized neighbours (or reuses
 * `--database-url`, already loaded), starts `next start` against it as a non-bypass login role, signs in one distinct
 * person per connection over HTTP, drives them for `--duration` seconds, then prints throughput, p50/p95/p99 per
 * route and the error count, checks that every acknowledged check-in and project update is stored exactly once and
 * that no response carried another tenant's ids or slug. Exit code 0 only if all of that holds. `--skip-tenant
 * scale-bench` leaves the benchmark tenant loaded but drives no session in it (to separate its pages' cost).
 */
import { randomBytes } from "node:crypto";
import { loadScaleTenant } from "../scale/load";
import { auditWrites, pickPeople, tenantIdMap, writtenMarkers } from "./data";
import { actionId, actionIds, signIn } from "./http";
import { printReport } from "./report";
import { adminQuery, createAppLogin, createMigratedDatabase, startServer, waitForHealth } from "./server";
import { newTally, runSession } from "./traffic";

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PASSWORD = "accountable-demo";

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
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2);
    const value = () => inline ?? argv[++i] ?? "";
    if (flag === "--connections") out.connections = Number(value());
    else if (flag === "--duration") out.duration = Number(value());
    else if (flag === "--scale") out.scale = Number(value());
    else if (flag === "--tenants") out.tenants = Number(value());
    else if (flag === "--port") out.port = Number(value());
    else if (flag === "--database-url") out.databaseUrl = value();
    else if (flag === "--keep") out.keep = true;
    else if (flag === "--skip-tenant") out.skipTenant = value();
    else if (flag === "--pool-size") out.poolSize = Number(value());
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return out;
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const runId = `load-${Date.now().toString(36)}-${randomBytes(2).toString("hex")}`;
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
  // DATABASE_POOL_SIZE is the app's own setting (lib/env.ts, default 10); --pool-size sets it for this server.
  const server = startServer(login.url, args.port, args.poolSize ? { DATABASE_POOL_SIZE: String(args.poolSize) } : {});
  try {
    await waitForHealth(server.baseUrl);
    const slugs = (
      await adminQuery(databaseUrl, `SELECT slug FROM "Agency" WHERE slug LIKE 'scale-%' ORDER BY slug`)
    ).rows
      .map((r: { slug: string }) => r.slug)
      .sort((x: string, y: string) => (x === "scale-bench" ? -1 : y === "scale-bench" ? 1 : x.localeCompare(y)));
    const people = await pickPeople(databaseUrl, args.connections, slugs);
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
    const manifest = actionIds();
    const actions = {
      logCheckIn: actionId(manifest, "lib/actions/check-ins.ts#logCheckIn"),
      updateStatus: actionId(manifest, "lib/actions/projects.ts#updateStatus"),
    };

    console.log(`signing in ${people.length} people across ${new Set(people.map((p) => p.slug)).size} tenants…`);
    const cookies: string[] = [];
    for (let i = 0; i < people.length; i += 5) {
      const batch = people.slice(i, i + 5).map((person) => signIn(server.baseUrl, person.email, PASSWORD));
      cookies.push(...(await Promise.all(batch)));
    }

    const roles = ["leader", "am", "pm"].map((r) => `${people.filter((p) => p.role === r).length} ${r}s`).join(", ");
    console.log(`running ${args.connections} connections (${roles}) for ${args.duration} s…`);
    const tally = newTally();
    const context = { baseUrl: server.baseUrl, runId, actions, foreignAgencies, tally };
    const started = performance.now();
    const results = await Promise.all(people.map((p, i) => runSession(p, cookies[i]!, context, i, args.duration)));
    const seconds = (performance.now() - started) / 1000;

    const stored = await writtenMarkers(databaseUrl, `${runId}:`);
    const writes = auditWrites(tally.acknowledged, tally.submitted, stored);
    const transport = {
      errors: results.reduce((sum, r) => sum + r.errors, 0),
      timeouts: results.reduce((sum, r) => sum + r.timeouts, 0),
    };
    const ok = printReport({ seconds, tally, writes, transport, connections: args.connections });
    const serverErrors = server.log.filter((line) => /error/i.test(line));
    if (serverErrors.length > 0)
      console.log(
        `server log lines mentioning "error": ${serverErrors.length}\n  ${serverErrors.slice(0, 5).join("\n  ")}`,
      );
    return ok ? 0 : 1;
  } finally {
    await server.stop();
    await adminQuery(ADMIN_URL, `DROP ROLE IF EXISTS "${login.role}"`).catch(() => undefined);
    if (created && !args.keep) {
      await adminQuery(ADMIN_URL, `DROP DATABASE IF EXISTS "${new URL(databaseUrl).pathname.slice(1)}" WITH (FORCE)`);
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
