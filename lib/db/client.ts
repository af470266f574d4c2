import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client";

/** Options every client shares: password hashes never leave the data layer unless a query asks for them. */
const clientOptions = { omit: { user: { passwordHash: true } } } as const;

export type Db = ReturnType<typeof createPrismaForPostgres>;

export function createPrismaForPostgres(connectionString: string, poolSize = 10) {
  return new PrismaClient({ ...clientOptions, adapter: new PrismaPg({ connectionString, max: poolSize }) });
}

export function createPrismaForPglite(db: PGlite): Db {
  return new PrismaClient({ ...clientOptions, adapter: new PrismaPGlite(db) });
}
