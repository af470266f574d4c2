import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { pgliteMigrationAdapter, pgMigrationAdapter } from "./adapters";

/** A database the migration commands can act on: the engine's adapter plus a plain SQL door for bookkeeping. */
export type MigrationTarget = {
  description: string;
  factory: SqlMigrationAwareDriverAdapterFactory;
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  close(): Promise<void>;
};

export function pgTarget(connectionString: string): MigrationTarget {
  const pool = new pg.Pool({ connectionString, max: 1 });
  const url = new URL(connectionString);
  const factory = pgMigrationAdapter(connectionString);
  return {
    description: `PostgreSQL ${url.host}${url.pathname}`,
    factory,
    async query<T>(sql: string) {
      return (await pool.query(sql)).rows as T[];
    },
    async close() {
      await factory.disposeAll();
      await pool.end();
    },
  };
}

/** `db` may be a file-backed PGlite (./.data) or an in-memory one (tests, create, drift check). */
export function pgliteTarget(db: PGlite, description = "PGlite"): MigrationTarget {
  return {
    description,
    factory: pgliteMigrationAdapter(db),
    async query<T>(sql: string) {
      return (await db.query(sql)).rows as T[];
    },
    close: () => db.close(),
  };
}
