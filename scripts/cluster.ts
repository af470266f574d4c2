/**
 * `npm run start:cluster [-- --instances N --port 3000 --app-port 3001]`: one production server per core
 * (scripts/serve.ts) behind HAProxy (scripts/cluster/haproxy.cfg), health-checked through /api/health. Needs
 * `npx next build` and DATABASE_URL (PostgreSQL: the embedded database serves one process only). Installs HAProxy with
 * apt-get when it is missing and we are root.
 *
 * Lanes (two instances or more): the last instance is the overflow lane, at a lower CPU priority (nice 10). HAProxy
 * counts page requests in progress per agency (the first path segment); an agency with two at once is busy for 10 s
 * and its pages go to the overflow lane, so a large agency's burst queues there while every other agency keeps the
 * primary instances to itself (docs/SCALING.md, "Fairness between agencies"). `--lanes off` balances over all alike.
 * While a primary serves one request alone beside a burst of one or two agencies in the overflow lane, the lane is
 * paused, within bounds (scripts/cluster/overflow-pause.ts says why, when and how long); `--overflow-pause off` only
 * lowers its priority.
 *
 * Signals: SIGTERM / SIGINT stop everything gracefully (instances drain and finish in-flight requests, then HAProxy
 * stops); SIGHUP restarts the instances one at a time (rolling restart: the others keep serving). An instance that
 * dies is started again.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import path from "node:path";
import { isLaneMessage } from "../lib/server/lane-report";
import { writeHaproxyConfig } from "./cluster/haproxy-config";
import { createOverflowPause, DEFAULT_PAUSE } from "./cluster/overflow-pause";
import { ensureDebianTool } from "./support/debian-package";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

const instances = option("instances", availableParallelism());
const port = option("port", Number(process.env.PORT ?? 3000));
const appPort = option("app-port", port + 1);
const maxconn = option("maxconn", 16);
/** `--lanes off`, `--overflow-pause off`: the switches that are on unless turned off. */
const switchedOff = (name: string) => process.argv.join(" ").includes(`--${name} off`);
const lanes = instances >= 2 && !switchedOff("lanes");
/** The overflow lane's niceness: the kernel then gives the primaries' threads (and PostgreSQL's) the CPU first. */
const OVERFLOW_NICE = 10;
const pausing = lanes && !switchedOff("overflow-pause");
const overflowIndex = lanes ? instances - 1 : -1;
const overflowPause = createOverflowPause(DEFAULT_PAUSE, (pid, name) => process.kill(pid, name));
const runDir = path.resolve(process.env.CLUSTER_RUN_DIR ?? `.data/cluster-${port}`);

let stopping = false;
const children: (ChildProcess | null)[] = Array.from({ length: instances }, () => null);
let haproxy: ChildProcess | null = null;

function startInstance(i: number): ChildProcess {
  const node = [process.execPath, "--import", "tsx", "scripts/serve.ts"];
  // `nice` execs node in place (same pid): every thread the instance starts inherits the lower priority.
  const isOverflow = i === overflowIndex;
  const [command, ...args] = isOverflow ? ["nice", "-n", String(OVERFLOW_NICE), ...node] : node;
  // With pausing, every instance tells us what it has in progress over an IPC channel (nice keeps the channel's fd).
  const child = spawn(command!, args, {
    stdio: ["ignore", "inherit", "inherit", ...(pausing ? (["ipc"] as const) : [])],
    env: {
      ...process.env,
      LANE_REPORT: pausing ? "1" : "",
      NODE_ENV: "production",
      PORT: String(appPort + i),
      HOSTNAME: "127.0.0.1",
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      TRUSTED_PROXY_HOPS: "1", // HAProxy appends the client's address to X-Forwarded-For
      SHUTDOWN_DRAIN_MS: process.env.SHUTDOWN_DRAIN_MS ?? "4000", // > 3 failed health checks at 1 s
    },
  });
  children[i] = child;
  child.on("message", (message) => {
    if (!isLaneMessage(message)) return;
    if (isOverflow) overflowPause.lane(message.lane);
    else overflowPause.primary(i, message.lane);
  });
  if (isOverflow && pausing) overflowPause.overflowChanged(child.pid ?? null);
  child.on("exit", (code, signal) => {
    if (isOverflow && children[i] === child) overflowPause.overflowChanged(null);
    if (!isOverflow) overflowPause.primaryGone(i);
    if (children[i] === child) children[i] = null;
    if (stopping || child.killed) return;
    console.error(`[cluster] instance ${i + 1} exited (${code ?? signal}); starting it again`);
    setTimeout(() => !stopping && startInstance(i), 1_000);
  });
  return child;
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once("exit", () => resolve()));

/** SIGTERM (drain, finish in-flight requests, exit), and SIGKILL if the instance has not exited well after that. */
async function stopInstance(child: ChildProcess) {
  child.kill("SIGTERM");
  const limit = Number(process.env.SHUTDOWN_DRAIN_MS ?? 4_000) + Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000);
  const timer = setTimeout(() => child.kill("SIGKILL"), limit + 10_000);
  await exited(child);
  clearTimeout(timer);
}

async function healthy(i: number, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answer = await fetch(`http://127.0.0.1:${appPort + i}/api/health`).catch(() => null);
    if (answer?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`instance ${i + 1} not healthy after ${timeoutMs} ms`);
}

async function rollingRestart() {
  for (let i = 0; i < instances; i++) {
    const old = children[i];
    if (old) {
      if (i === overflowIndex) overflowPause.overflowChanged(null); // a paused process would not see its SIGTERM
      children[i] = null; // its exit is expected: no automatic restart
      await stopInstance(old);
    }
    startInstance(i);
    await healthy(i);
    console.log(`[cluster] instance ${i + 1} restarted`);
  }
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("set DATABASE_URL: the embedded database serves one process only");
  ensureDebianTool("haproxy", ["haproxy", "-v"], "HAProxy");
  const config = writeHaproxyConfig({
    runDir,
    bind: `${process.env.CLUSTER_BIND ?? "0.0.0.0"}:${port}`,
    appPorts: Array.from({ length: instances }, (_, i) => appPort + i),
    lanes,
    maxconn,
  });
  for (let i = 0; i < instances; i++) startInstance(i);
  const balancer = spawn("haproxy", ["-db", "-f", config], { stdio: ["ignore", "inherit", "inherit"] });
  haproxy = balancer;
  balancer.on("exit", (code) => {
    if (!stopping) console.error(`[cluster] HAProxy exited (${code})`);
    if (!stopping) void stop(1);
  });
  await Promise.all(children.map((_, i) => healthy(i)));
  console.log(`[cluster] ${instances} instances on ${appPort}–${appPort + instances - 1} behind HAProxy on :${port}`);

  async function stop(code = 0) {
    if (stopping) return;
    stopping = true;
    overflowPause.release(); // a paused process would not see its SIGTERM
    const { pauses, pausedMs } = overflowPause.stats();
    if (pausing)
      console.log(`[cluster] overflow lane paused ${pauses} times, ${(pausedMs / 1000).toFixed(1)} s in all`);
    const running = children.filter((c): c is ChildProcess => c !== null);
    await Promise.all(running.map(stopInstance)); // each drains, then finishes its in-flight requests
    balancer.kill("SIGUSR1"); // soft stop: close the listener, let open connections end
    await exited(balancer);
    process.exit(code);
  }
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  process.on("SIGHUP", () => void rollingRestart().catch((error: unknown) => console.error(error)));
}

main().catch((error: unknown) => {
  console.error(error);
  stopping = true;
  overflowPause.release();
  for (const child of [...children, haproxy]) child?.kill("SIGTERM");
  process.exit(1);
});
