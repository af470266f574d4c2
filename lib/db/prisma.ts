import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { env } from "@/lib/env";
import { createPrismaForPglite, createPrismaForPostgres, type Db } from "./client";

/**
 * The app's one Prisma client. PostgreSQL when DATABASE_URL is set; otherwise the embedded PGlite database in
 * PGLITE_DATA_DIR, which `npm run dev` / `npm start` create, migrate and seed before the server starts
 * (scripts/embedded-setup.ts). Cached on globalThis so dev-mode hot reloads do not open a second connection.
 */
const cache = globalThis as unknown as { accountableDb?: Db };

function open(): Db {
  if (env.DATABASE_URL) return createPrismaForPostgres(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
  mkdirSync(env.PGLITE_DATA_DIR, { recursive: true });
  return createPrismaForPglite(new PGlite(env.PGLITE_DATA_DIR));
}

/** Tests and scripts point the app's data layer at a database of their own. */
export function setAppDatabase(client: Db): void {
  cache.accountableDb = client;
}

/** Runs `work` with the app's data layer on `client`, then puts the previous one back (the demo seed's follow-through). */
export async function withAppDatabase<T>(client: Db, work: () => Promise<T>): Promise<T> {
  const previous = cache.accountableDb;
  cache.accountableDb = client;
  try {
    return await work();
  } finally {
    cache.accountableDb = previous;
  }
}

export function db(): Db {
  cache.accountableDb ??= open();
  return cache.accountableDb;
}

export const databaseKind = () => (env.DATABASE_URL ? "postgresql" : "pglite");
