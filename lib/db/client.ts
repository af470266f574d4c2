import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { shared } from "@/lib/server/overload";
import { PrismaClient } from "./generated/client";

/** Options every client shares: password hashes never leave the data layer unless a query asks for them. */
const clientOptions = { omit: { user: { passwordHash: true } } } as const;

export type Db = ReturnType<typeof createPrismaForPostgres>;

export function createPrismaForPostgres(connectionString: string, poolSize = 10) {
  const pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: 5_000 });
  timePoolWaits(pool);
  return new PrismaClient({ ...clientOptions, adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

/**
 * Records when each connection request starts waiting and when it gets a connection, so the server wrapper can refuse
 * new requests while the oldest waiter has waited too long (lib/server/overload.ts) instead of queueing them until
 * Prisma's maxWait turns them into errors.
 */
function timePoolWaits(pool: pg.Pool) {
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  const waiters = shared().poolWaiters;
  pool.connect = (async () => {
    const started = performance.now();
    waiters.add(started);
    try {
      return await connect();
    } finally {
      waiters.delete(started);
    }
  }) as typeof pool.connect;
}

export function createPrismaForPglite(db: PGlite): Db {
  return new PrismaClient({ ...clientOptions, adapter: new PrismaPGlite(db) });
}
