/**
 * The production server of one instance: Next's request handler inside a plain Node HTTP server that adds what
 * `next start` cannot — backpressure and a graceful shutdown. Run by `npm run start:server` (one process) and by
 * `npm run start:cluster` (one per core behind HAProxy, scripts/cluster.ts). Needs `npx next build` first.
 *
 * - New requests are refused with 503 + Retry-After and a friendly page while the event loop lags or the database
 *   pool's oldest waiter has waited past the thresholds (OVERLOAD_EVENT_LOOP_MS, OVERLOAD_POOL_WAIT_MS).
 * - A page whose database work failed for lack of capacity or an unreachable database answers the same 503 instead
 *   of Next's 500 (lib/db/busy.ts marks the request; lib/server/admission.ts rewrites the answer).
 * - Each agency has at most TENANT_MAX_IN_FLIGHT requests in progress; its others wait in its own line (up to
 *   TENANT_QUEUE_MS, then 503), so one large agency's burst cannot slow every other agency (lib/server/tenant-gate.ts).
 * - Started by the cluster, it reports how many requests and agencies it has in progress over its IPC channel: the
 *   cluster pauses the overflow lane by them (lib/server/lane-report.ts).
 * - SIGTERM / SIGINT: /api/health answers 503 "draining" for SHUTDOWN_DRAIN_MS (the load balancer stops sending new
 *   requests), then the listener closes, in-flight requests finish (up to SHUTDOWN_TIMEOUT_MS), and the process exits.
 */
import { createServer } from "node:http";
import next from "next";
import { env } from "../lib/env";
import { admitAlways, answerBusyInsteadOfErrors, sendBusy, startOverloadMonitor } from "../lib/server/admission";
import { currentOverload, shared, type RequestState } from "../lib/server/overload";
import { laneReportOfThisProcess } from "../lib/server/lane-report";
import { isHealthCheck, pageTenantOf } from "../lib/server/request-kind";
import { createTenantGate } from "../lib/server/tenant-gate";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";

// When whoever reads our output has gone (a supervisor killed before us), a log line must not become an EPIPE
// exception that Next's handler logs again, forever: the process then spins instead of shutting down.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => undefined);

async function main() {
  const app = next({ dev: false, hostname, port, dir: process.cwd() });
  await app.prepare();
  const handle = app.getRequestHandler();
  const stopMonitor = startOverloadMonitor({
    eventLoopMs: env.OVERLOAD_EVENT_LOOP_MS,
    poolWaitMs: env.OVERLOAD_POOL_WAIT_MS,
  });
  const gate = createTenantGate({ perTenant: env.TENANT_MAX_IN_FLIGHT, maxWaitMs: env.TENANT_QUEUE_MS });
  const lane = laneReportOfThisProcess();
  let draining = false;
  let inFlight = 0;

  const server = createServer((request, response) => {
    if (draining && isHealthCheck(request.url)) {
      response.writeHead(503, { "Content-Type": "application/json", "Cache-Control": "no-store" });
      return response.end(JSON.stringify({ status: "draining" }));
    }
    if (draining) response.setHeader("Connection", "close"); // finish this one, open the next elsewhere
    if (!admitAlways(request) && currentOverload()) return sendBusy(response);
    inFlight++;
    const gone = new AbortController();
    response.once("close", () => (inFlight--, gone.abort()));
    const tenant = pageTenantOf(request.url, request.headers);
    if (!isHealthCheck(request.url)) {
      lane.started(tenant); // the cluster pauses the overflow lane by it (scripts/cluster/overflow-pause.ts)
      response.once("close", () => lane.finished(tenant));
    }
    const admitted = tenant === null ? Promise.resolve(() => {}) : gate.enter(tenant, gone.signal);
    void admitted.then((release) => {
      if (!release) return gone.signal.aborted || sendBusy(response); // waited in line too long
      response.once("close", release);
      const state: RequestState = { busy: null };
      answerBusyInsteadOfErrors(response, state);
      shared().requests.run(state, () => {
        handle(request, response).catch((error: unknown) => {
          console.error("[serve] unhandled request error", error);
          if (!response.headersSent) response.writeHead(500).end();
        });
      });
    });
  });
  server.keepAliveTimeout = 65_000; // longer than HAProxy's idle timeout, so the balancer closes idle connections first
  server.on("error", (error) => {
    console.error("[serve] cannot listen", error);
    process.exit(1);
  });
  server.listen(port, hostname, () => console.log(`[serve] ready on http://${hostname}:${port} (pid ${process.pid})`));

  const shutdown = async (signal: string) => {
    if (draining) return;
    draining = true;
    console.log(`[serve] ${signal}: draining for ${env.SHUTDOWN_DRAIN_MS} ms, ${inFlight} requests in flight`);
    await new Promise((resolve) => setTimeout(resolve, env.SHUTDOWN_DRAIN_MS));
    server.close();
    server.closeIdleConnections();
    const deadline = Date.now() + env.SHUTDOWN_TIMEOUT_MS;
    while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    console.log(`[serve] stopped; ${inFlight} requests still in flight`);
    stopMonitor();
    process.exit(0);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void shutdown(signal));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
