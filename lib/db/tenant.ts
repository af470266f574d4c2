import { isUuid } from "@/lib/uuid";
import { shared } from "@/lib/server/overload";
import { asBusyIfUnavailable } from "./busy";
import { db } from "./prisma";
import { tenantGuard } from "./tenant-guard";

/**
 * The one way the app reads and writes tenant data. Each call is a transaction that
 *   1. drops to the `accountable_app` role (no BYPASSRLS, owns nothing), so row-level security applies even when
 *      the connection itself is privileged (PGlite has only a superuser);
 *   2. sets app.agency_id / app.user_id for the policies (transaction-local: nothing leaks to the next request);
 *   3. hands out a client that throws on a tenant query without an agencyId filter.
 * The agencyId must come from a verified membership (lib/auth), never from request input alone.
 */
export type TenantScope = { agencyId: string | null; userId: string | null };

function guarded() {
  return db().$extends(tenantGuard);
}

export type TenantTx = Parameters<Parameters<ReturnType<typeof guarded>["$transaction"]>[0]>[0];

export async function withScope<T>(
  scope: TenantScope,
  work: (tx: TenantTx) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  for (const value of [scope.agencyId, scope.userId]) {
    if (value !== null && !isUuid(value)) throw new Error("tenant scope ids must be UUIDs");
  }
  // From the call until the transaction's callback runs = the wait for a pool connection (and BEGIN): the server
  // wrapper refuses new requests while the oldest such wait is too long (lib/server/admission.ts).
  const waiting = { since: performance.now() };
  const waiters = shared().poolWaiters;
  waiters.add(waiting);
  try {
    return await guarded().$transaction(
      async (tx) => {
        waiters.delete(waiting);
        await tx.$executeRawUnsafe("SET LOCAL ROLE accountable_app");
        await tx.$queryRaw`SELECT set_config('app.agency_id', ${scope.agencyId ?? ""}, true),
                                  set_config('app.user_id', ${scope.userId ?? ""}, true)`;
        return work(tx);
      },
      { timeout: options.timeoutMs ?? 15_000, maxWait: 10_000 },
    );
  } catch (error) {
    // Unreachable database or no connection within maxWait: nothing was committed, so it is "busy, try again"
    // (503 + Retry-After for a page, the typed busy result for an action), never an HTTP 500.
    throw asBusyIfUnavailable(error);
  } finally {
    waiters.delete(waiting);
  }
}

/** Work inside one agency on behalf of a signed-in member. */
export function withTenant<T>(
  agencyId: string,
  userId: string | null,
  work: (tx: TenantTx) => Promise<T>,
  options: { timeoutMs?: number } = {},
) {
  return withScope({ agencyId, userId }, work, options);
}

/** Work on behalf of a signed-in person outside any agency (their memberships, the agency switcher). */
export function withUser<T>(userId: string, work: (tx: TenantTx) => Promise<T>) {
  return withScope({ agencyId: null, userId }, work);
}
