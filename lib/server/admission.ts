import type { IncomingMessage, ServerResponse } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { BUSY_PAGE, busyHeaders } from "./busy-page";
import { oldestPoolWaitMs, shared, type RequestState } from "./overload";
import { isHealthCheck, isServerAction } from "./request-kind";

export type Thresholds = { eventLoopMs: number; poolWaitMs: number };

/**
 * Watches the event loop and the database pool and installs the answer to "should new work be refused now?".
 * The delay is the worst one seen over the last second: a request arriving now waits at least that long for its
 * first callback, and a transaction that waits for the loop eventually exceeds Prisma's maxWait (the HTTP 500s this
 * replaces). Returns a stop function.
 */
export function startOverloadMonitor(limits: Thresholds): () => void {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const windows = [0, 0, 0, 0]; // max delay of each of the last four 250 ms windows, in ms
  const timer = setInterval(() => {
    windows.shift();
    windows.push(histogram.max / 1e6);
    histogram.reset();
  }, 250);
  timer.unref();
  shared().overloadReason = () => {
    const delay = Math.max(...windows, histogram.max / 1e6);
    if (delay > limits.eventLoopMs) return `event loop delay ${Math.round(delay)} ms`;
    const wait = oldestPoolWaitMs();
    if (wait > limits.poolWaitMs) return `database pool wait ${Math.round(wait)} ms`;
    return null;
  };
  return () => {
    clearInterval(timer);
    histogram.disable();
    shared().overloadReason = () => null;
  };
}

/** Requests that are never refused at the door: health (the load balancer must see the database, not the load),
 * static assets (cheap, cached), and server actions (they refuse with their typed "busy" result instead). */
export function admitAlways(request: IncomingMessage): boolean {
  return (
    isHealthCheck(request.url) || (request.url ?? "/").startsWith("/_next/static/") || isServerAction(request.headers)
  );
}

export function sendBusy(response: ServerResponse): void {
  response.writeHead(503, busyHeaders()).end(BUSY_PAGE);
}

/**
 * When the request was marked busy (lib/db/busy.ts: database unreachable or no connection in time) and Next is about
 * to answer it with a 5xx, answer 503 + Retry-After and the busy page instead. Works on the response object, so it
 * catches both an explicit writeHead and the implicit one of the first write; a response already streaming with 200
 * is left alone (its error shows in the page's error boundary).
 */
export function answerBusyInsteadOfErrors(response: ServerResponse, state: RequestState): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  let replaced = false;
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    if (!state.busy || status < 500 || response.headersSent) return writeHead(status, ...rest);
    replaced = true;
    for (const name of ["content-length", "content-encoding", "content-type", "etag", "vary", "cache-control"]) {
      response.removeHeader(name);
    }
    return writeHead(503, busyHeaders());
  }) as ServerResponse["writeHead"];
  // The first write would send the headers from inside Node (the implicit writeHead) and then the chunk: decide first.
  const decide = () => {
    if (!response.headersSent && state.busy && response.statusCode >= 500) response.writeHead(response.statusCode);
  };
  response.write = ((...args: unknown[]) => {
    decide();
    return replaced ? true : write(...args);
  }) as ServerResponse["write"];
  response.end = ((...args: unknown[]) => {
    decide();
    if (!replaced) return end(...args);
    const callback = args.find((arg) => typeof arg === "function");
    return end(BUSY_PAGE, callback);
  }) as ServerResponse["end"];
}
