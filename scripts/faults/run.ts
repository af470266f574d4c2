/**
 * Fault run: `npx tsx scripts/faults/run.ts [--outage 5] [--stop-mode immediate|fast] [--pg-port 5433] [--port 3401]`.
 * Needs a production build (`npx next build`) and the PostgreSQL server binaries; it never touches the shared server.
 *
 * 1. Boot: its own PostgreSQL (initdb, port 5433) is migrated and seeded, then stopped; `next start` boots against the
 *    stopped database, /api/health must say 503 while it is down and 200 within 5 s of it coming back.
 * 2. Restart under load: AMs log check-ins, PMs post status updates, leaders open the dashboard, health is polled;
 *    after 5 s PostgreSQL is stopped (`immediate` = like a crash, WAL recovery on start) for `--outage` seconds and
 *    started again. The app must report errors during the outage (never hang, never claim a write), answer health
 *    truthfully throughout, serve every session again within 5 s of the database returning without a restart of its
 *    own, and every acknowledged write must be in the database exactly once.
 */
import { randomBytes } from "node:crypto";
import { createPrismaForPostgres } from "../../lib/db/client";
import { seedDemo } from "../../prisma/seed/index";
import { auditWrites, pickPeople, writtenMarkers } from "../load/data";
import { actionId, actionIds, signIn } from "../load/http";
import { createAppLogin, createMigratedDatabase, health, startServer, waitForHealth } from "../load/server";
import { createOwnPostgres } from "./own-postgres";
import { summarize } from "./summary";
import { startTraffic } from "./workers";

const RECOVERY_LIMIT_MS = 5_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function parseArgs(argv: string[]) {
  const out = { outage: 5, stopMode: "immediate" as "immediate" | "fast", pgPort: 5433, port: 3401 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2);
    const value = () => inline ?? argv[++i] ?? "";
    if (flag === "--outage") out.outage = Number(value());
    else if (flag === "--stop-mode") out.stopMode = value() === "fast" ? "fast" : "immediate";
    else if (flag === "--pg-port") out.pgPort = Number(value());
    else if (flag === "--port") out.port = Number(value());
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return out;
}

async function bootWhileDown(pg: ReturnType<typeof createOwnPostgres>, appUrl: string, port: number) {
  pg.stop();
  const server = startServer(appUrl, port);
  const answers: number[] = [];
  const first = await waitForHealth(server.baseUrl, { status: 503, timeoutMs: 120_000 }).catch(
    async (error: unknown) => {
      console.log(`server log tail:\n  ${server.log.slice(-15).join("\n  ")}`);
      await server.stop();
      throw error;
    },
  );
  answers.push(first.status);
  const until = performance.now() + 3_000;
  while (performance.now() < until) {
    answers.push((await health(server.baseUrl))?.status ?? 0);
    await pause(200);
  }
  pg.start();
  const up = performance.now();
  await waitForHealth(server.baseUrl, { status: 200, timeoutMs: 30_000 }).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  const recoveryMs = performance.now() - up;
  const truthful = answers.every((status) => status === 503);
  console.log(
    `boot with the database down: ${answers.length} health answers while down, all 503: ${truthful}; ` +
      `200 ${Math.round(recoveryMs)} ms after PostgreSQL was ready`,
  );
  return { server, ok: truthful && recoveryMs <= RECOVERY_LIMIT_MS && server.process.exitCode === null };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const runId = `fault-${Date.now().toString(36)}-${randomBytes(2).toString("hex")}`;
  const pg = createOwnPostgres(args.pgPort);
  let stopServer = async () => {};
  try {
    pg.start();
    const databaseUrl = await createMigratedDatabase(pg.adminUrl, "accountable");
    const prisma = createPrismaForPostgres(databaseUrl, 2);
    await seedDemo(prisma);
    await prisma.$disconnect();
    const login = await createAppLogin(databaseUrl);
    console.log(`own PostgreSQL on ${args.pgPort}: migrated and seeded`);

    const boot = await bootWhileDown(pg, login.url, args.port);
    stopServer = () => boot.server.stop();
    const baseUrl = boot.server.baseUrl;

    const people = await pickPeople(databaseUrl, 9, ["brightside", "meridian", "northwind"]);
    const signedIn = [];
    for (const person of people)
      signedIn.push({ person, cookie: await signIn(baseUrl, person.email, "accountable-demo") });
    const manifest = actionIds();
    const actions = {
      logCheckIn: actionId(manifest, "lib/actions/check-ins.ts#logCheckIn"),
      updateStatus: actionId(manifest, "lib/actions/projects.ts#updateStatus"),
    };

    console.log(
      `traffic: ${people.map((p) => p.role).join(", ")} + health poller; outage ${args.outage} s (${args.stopMode})`,
    );
    const traffic = startTraffic({ baseUrl, runId, actions, people: signedIn });
    await pause(5_000);
    const down = performance.now();
    pg.stop(args.stopMode);
    const stopped = performance.now();
    await pause(args.outage * 1_000);
    pg.start();
    const up = performance.now();
    await pause(10_000);
    await traffic.stop();

    const stored = await writtenMarkers(databaseUrl, `${runId}:`);
    const writes = auditWrites(traffic.acknowledged, traffic.submitted, stored);
    const summary = summarize(traffic.outcomes, { down, stopped, up }, RECOVERY_LIMIT_MS);
    const alive = boot.server.process.exitCode === null;
    console.log(`app process still running (never restarted): ${alive}`);
    console.log(
      `writes: ${traffic.submitted.size} submitted, ${writes.acknowledged} acknowledged, ${writes.lost.length} acknowledged but lost, ` +
        `${writes.duplicated.length} duplicated, ${writes.unacknowledgedButStored} stored without acknowledgement`,
    );
    for (const marker of [...writes.lost, ...writes.duplicated].slice(0, 10)) console.log(`  ${marker}`);
    const ok = boot.ok && summary.ok && alive && writes.lost.length === 0 && writes.duplicated.length === 0;
    console.log(ok ? "PASS" : "FAIL");
    if (!ok) console.log(`server log tail:\n  ${boot.server.log.slice(-15).join("\n  ")}`);
    return ok ? 0 : 1;
  } finally {
    await stopServer();
    pg.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
