/**
 * Fair admission between tenants in one instance: each agency has at most `perTenant` requests in progress; its
 * further requests wait in its own first-in-first-out queue while other agencies' requests start at once. Node runs
 * every render on one thread, so without this a large agency's burst of expensive pages (dozens of leaders opening
 * the dashboard on a Monday) interleaves with, and slows, every small agency's requests on the same instance.
 *
 * A request that waits longer than `maxWaitMs` gets the busy answer (503 + Retry-After) instead; one whose client
 * went away while it waited is dropped from the queue without running.
 */
export type TenantGate = {
  /** Resolves with a `release` to call when the request has finished, or with null when it waited too long. */
  enter(tenant: string, abandoned?: AbortSignal): Promise<(() => void) | null>;
  /** Requests in progress and waiting, per tenant (for tests and diagnostics). */
  snapshot(): Record<string, { running: number; waiting: number }>;
};

type Waiter = { admit: () => void; timeout: ReturnType<typeof setTimeout> };

export function createTenantGate({ perTenant, maxWaitMs }: { perTenant: number; maxWaitMs: number }): TenantGate {
  const running = new Map<string, number>();
  const queues = new Map<string, Waiter[]>();

  const release = (tenant: string) => {
    const next = queues.get(tenant)?.shift();
    if (next) {
      clearTimeout(next.timeout);
      next.admit(); // the slot passes straight to the next waiter of the same tenant
      return;
    }
    queues.delete(tenant);
    const left = (running.get(tenant) ?? 1) - 1;
    if (left > 0) running.set(tenant, left);
    else running.delete(tenant);
  };
  const releaseOnce = (tenant: string) => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      release(tenant);
    };
  };

  return {
    enter(tenant, abandoned) {
      const inProgress = running.get(tenant) ?? 0;
      if (inProgress < perTenant) {
        running.set(tenant, inProgress + 1);
        return Promise.resolve(releaseOnce(tenant));
      }
      return new Promise((resolve) => {
        const queue = queues.get(tenant) ?? [];
        queues.set(tenant, queue);
        const leave = () => {
          const at = queue.indexOf(waiter);
          if (at >= 0) queue.splice(at, 1);
          clearTimeout(waiter.timeout);
        };
        const waiter: Waiter = {
          admit: () => {
            abandoned?.removeEventListener("abort", onAbort);
            resolve(releaseOnce(tenant));
          },
          timeout: setTimeout(() => {
            leave();
            abandoned?.removeEventListener("abort", onAbort);
            resolve(null);
          }, maxWaitMs),
        };
        const onAbort = () => {
          leave();
          resolve(null);
        };
        abandoned?.addEventListener("abort", onAbort, { once: true });
        queue.push(waiter);
      });
    },
    snapshot() {
      const out: Record<string, { running: number; waiting: number }> = {};
      for (const [tenant, n] of running) out[tenant] = { running: n, waiting: queues.get(tenant)?.length ?? 0 };
      return out;
    },
  };
}
