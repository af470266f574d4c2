/**
 * Starting and stopping the production server (`next start`) for the load and fault scripts, and the database
 * plumbing they share: a fresh migrated database and a login role that, like production, is a member of
 * accountable_app without BYPASSRLS, so row-level security is in force for every request.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { deployMigrations } from "../../lib/db/migrate/commands";
import { pgTarget } from "../../lib/db/migrate/targets";
import { queryOnce, withDatabase } from "../support/postgres";

/** Creates and migrates `name` on the server of `adminUrl`; returns its superuser URL. */
export async function createMigratedDatabase(adminUrl: string, name: string): Promise<string> {
  await queryOnce(adminUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(adminUrl, name);
  const target = pgTarget(url);
  try {
    await deployMigrations(target);
  } finally {
    await target.close();
  }
  return url;
}

/** A login role in accountable_app (no BYPASSRLS), and the app's URL for `databaseUrl` as that role. */
export async function createAppLogin(databaseUrl: string): Promise<{ url: string; role: string }> {
  const role = `acc_load_${randomBytes(4).toString("hex")}`;
  await queryOnce(databaseUrl, `CREATE ROLE "${role}" LOGIN NOSUPERUSER NOBYPASSRLS IN ROLE accountable_app`);
  const url = new URL(databaseUrl);
  url.username = role;
  return { url: url.toString(), role };
}

export type AppServer = { baseUrl: string; process: ChildProcess; log: string[]; stop(): Promise<void> };

function appEnv(databaseUrl: string, baseUrl: string, extraEnv: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "load-secret-not-for-production-0123456789",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
    ...extraEnv,
  };
}

/** Runs `args` (after node) in its own process group with its output kept in `log`; stop() ends the whole group. */
function spawnLogged(args: string[], env: NodeJS.ProcessEnv, baseUrl: string): AppServer {
  const child = spawn(process.execPath, args, {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so stop() ends it and everything it started together
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line.trim()) log.push(line);
    if (log.length > 5000) log.splice(0, log.length - 5000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return {
    baseUrl,
    process: child,
    log,
    async stop() {
      if (child.exitCode !== null || !child.pid) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * The production server (scripts/serve.ts: Next's handler with backpressure and graceful shutdown) on `port` against
 * `databaseUrl`. Needs `npx next build` first.
 */
export function startServer(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}): AppServer {
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = appEnv(databaseUrl, baseUrl, { PORT: String(port), HOSTNAME: "127.0.0.1", ...extraEnv });
  return spawnLogged(["--import", "tsx", "scripts/serve.ts"], env, baseUrl);
}

/** `instances` production servers behind HAProxy (scripts/cluster.ts): the balancer on `port`, the apps on `appPort`…. */
export function startCluster(
  databaseUrl: string,
  { port, appPort, instances, options = [] }: { port: number; appPort: number; instances: number; options?: string[] },
  extraEnv: Record<string, string> = {},
): AppServer {
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = appEnv(databaseUrl, baseUrl, { CLUSTER_BIND: "127.0.0.1", ...extraEnv });
  const args = ["--instances", String(instances), "--port", String(port), "--app-port", String(appPort), ...options];
  return spawnLogged(["--import", "tsx", "scripts/cluster.ts", ...args], env, baseUrl);
}

export type Health = { status: number; body: string };

export async function health(baseUrl: string, timeoutMs = 3_000): Promise<Health | null> {
  try {
    const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, body: await response.text() };
  } catch {
    return null; // no answer at all: the server is not listening (or hung)
  }
}

/** Resolves when /api/health answers `status` (200 by default); rejects after `timeoutMs`. */
export async function waitForHealth(baseUrl: string, { status = 200, timeoutMs = 120_000 } = {}): Promise<Health> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answer = await health(baseUrl);
    if (answer?.status === status) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`/api/health did not answer ${status} within ${timeoutMs} ms`);
}
