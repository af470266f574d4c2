/**
 * One measured phase of the load run: start the app (one production server, or `instances` of them behind HAProxy),
 * sign in one person per connection, drive them for `duration` seconds (optionally beside a CPU hog), then check
 * every write and print the report. The database is shared by the phases; each phase marks its writes with its own id.
 */
import { randomBytes } from "node:crypto";
import { auditWrites, pickPeople, writtenMarkers } from "./data";
import { actionId, actionIds, signIn } from "./http";
import { startCpuAccounting } from "./cpu";
import { startCpuHog } from "./hog";
import { printReport, type Outcome } from "./report";
import { startCluster, startServer, waitForHealth } from "./server";
import { newTally, runSession } from "./traffic";

export type PhaseOptions = {
  databaseUrl: string;
  appUrl: string;
  slugs: string[];
  connections: number;
  duration: number;
  /** 0: one production server on `port`; N: N instances on appPort… behind HAProxy on `port`. */
  instances: number;
  port: number;
  appPort: number;
  poolSize: number;
  /** "off": the cluster's overflow lane only runs at a lower priority, it is not paused (scripts/cluster.ts). */
  overflowPause: string;
  saturate: boolean;
  foreignAgencies(body: string, own: string): string[];
};

const PASSWORD = "accountable-demo";

export async function runPhase(options: PhaseOptions): Promise<Outcome> {
  const { databaseUrl, connections, duration, instances } = options;
  const runId = `load-${Date.now().toString(36)}-${randomBytes(2).toString("hex")}`;
  // DATABASE_POOL_SIZE is the app's own setting (lib/env.ts, default 10); --pool-size sets it for these servers.
  const extra: Record<string, string> = options.poolSize ? { DATABASE_POOL_SIZE: String(options.poolSize) } : {};
  const server =
    instances > 0
      ? startCluster(
          options.appUrl,
          {
            port: options.port,
            appPort: options.appPort,
            instances,
            options: ["--overflow-pause", options.overflowPause],
          },
          extra,
        )
      : startServer(options.appUrl, options.port, extra);
  try {
    await waitForHealth(server.baseUrl, { timeoutMs: 240_000 });
    const people = await pickPeople(databaseUrl, connections, options.slugs);
    const manifest = actionIds();
    const actions = {
      logCheckIn: actionId(manifest, "lib/actions/check-ins.ts#logCheckIn"),
      updateStatus: actionId(manifest, "lib/actions/projects.ts#updateStatus"),
    };
    const where = instances > 0 ? `${instances} instance(s) behind HAProxy` : "one production server";
    console.log(`\n== ${where}: signing in ${people.length} people…`);
    const cookies: string[] = [];
    for (let i = 0; i < people.length; i += 5) {
      const batch = people.slice(i, i + 5).map((person) => signIn(server.baseUrl, person.email, PASSWORD));
      cookies.push(...(await Promise.all(batch)));
    }
    const roles = ["leader", "am", "pm"].map((r) => `${people.filter((p) => p.role === r).length} ${r}s`).join(", ");
    console.log(`running ${connections} connections (${roles}) for ${duration} s…`);
    const hog = options.saturate ? startCpuHog(duration + 15) : null;
    const tally = newTally();
    const context = { baseUrl: server.baseUrl, runId, actions, foreignAgencies: options.foreignAgencies, tally };
    const cpu = startCpuAccounting();
    const started = performance.now();
    const results = await Promise.all(people.map((p, i) => runSession(p, cookies[i]!, context, i, duration)));
    const seconds = (performance.now() - started) / 1000;
    const cpuLine = cpu.report();
    await hog?.stop();

    const stored = await writtenMarkers(databaseUrl, `${runId}:`);
    const writes = auditWrites(tally.acknowledged, tally.submitted, stored);
    const refusedButStored = [...tally.refusedMarkers].filter((marker) => stored.has(marker));
    const timeouts = results.reduce((sum, r) => sum + r.timeouts, 0);
    // autocannon's `errors` includes its timeouts: count each once.
    const transport = { errors: results.reduce((sum, r) => sum + r.errors, 0) - timeouts, timeouts };
    const outcome = printReport({ seconds, tally, writes, transport, connections, refusedButStored });
    if (cpuLine) console.log(cpuLine);
    const serverErrors = server.log.filter((line) => /error/i.test(line));
    if (serverErrors.length > 0)
      console.log(
        `server log lines mentioning "error": ${serverErrors.length}\n  ${serverErrors.slice(0, 5).join("\n  ")}`,
      );
    return outcome;
  } finally {
    await server.stop();
  }
}
