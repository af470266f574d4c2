import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Backpressure state shared by the production server wrapper (scripts/serve.ts) and the code Next bundles (pages,
 * actions, the data layer). They are separate module instances in one process, so the state lives on globalThis
 * under a registered symbol. Without the wrapper (next dev, plain `next start`, tests) nothing is installed and every
 * check answers "not overloaded": the classification of database failures as "busy" still applies.
 */
export type RequestState = { busy: string | null };

type Shared = {
  requests: AsyncLocalStorage<RequestState>;
  /** Filled in by the wrapper: why new work should be refused right now, or null. */
  overloadReason: () => string | null;
  /** Transactions waiting for a pool connection, with the time they started waiting (lib/db/tenant.ts). */
  poolWaiters: Set<{ since: number }>;
};

const KEY = Symbol.for("accountable.overload");
const holder = globalThis as unknown as { [KEY]?: Shared };

export function shared(): Shared {
  holder[KEY] ??= { requests: new AsyncLocalStorage(), overloadReason: () => null, poolWaiters: new Set() };
  return holder[KEY];
}

/** Seconds a refused client is told to wait (the Retry-After header). */
export const RETRY_AFTER_SECONDS = 5;

/** Marks the current request as refused for lack of capacity: the wrapper answers 503 + Retry-After, not 500. */
export function markRequestBusy(reason: string): void {
  const state = shared().requests.getStore();
  if (state) state.busy ??= reason;
}

export function currentOverload(): string | null {
  return shared().overloadReason();
}

/** How long the oldest pending pool connection request has waited, in ms (0 when none waits). */
export function oldestPoolWaitMs(now = performance.now()): number {
  let oldest = now;
  for (const waiter of shared().poolWaiters) oldest = Math.min(oldest, waiter.since);
  return now - oldest;
}
