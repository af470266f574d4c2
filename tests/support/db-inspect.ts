import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/**
 * One parameterised SQL door over PostgreSQL or PGlite, and read-only probes of the real database state
 * (catalog and `_prisma_migrations`), so tests assert on what the database holds rather than on return values.
 */
export type SqlDoor = {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

export function postgresDoor(connectionString: string): SqlDoor {
  const pool = new pg.Pool({ connectionString, max: 2 });
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    close: () => pool.end(),
  };
}

/** Does not close the PGlite instance itself (whoever created it does). */
export function pgliteDoor(db: PGlite): SqlDoor {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      return (await db.query<T>(sql, params)).rows;
    },
    close: async () => {},
  };
}

type Queryable = Pick<SqlDoor, "query">;

export async function tableExists(db: Queryable, table: string): Promise<boolean> {
  const rows = await db.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = $1) AS found`,
    [table],
  );
  return rows[0]?.found === true;
}

export async function columnExists(db: Queryable, table: string, column: string): Promise<boolean> {
  const rows = await db.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2) AS found`,
    [table, column],
  );
  return rows[0]?.found === true;
}

/** Every table, column and constraint of the public schema, in a stable order: equal snapshots = same schema. */
export async function publicSchemaSnapshot(db: Queryable) {
  const columns = await db.query(
    `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
     WHERE table_schema = 'public' ORDER BY table_name, column_name`,
  );
  const constraints = await db.query(
    `SELECT c.conrelid::regclass::text AS table_name, c.conname, pg_get_constraintdef(c.oid) AS definition
     FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE n.nspname = 'public' ORDER BY 1, 2`,
  );
  const types = await db.query(
    `SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' ORDER BY 1`,
  );
  return { columns, constraints, types };
}

export type MigrationRow = {
  id: string;
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
};

export async function migrationRows(db: Queryable): Promise<MigrationRow[]> {
  return db.query<MigrationRow>(
    `SELECT id, migration_name, checksum, started_at, finished_at, rolled_back_at, applied_steps_count, logs
     FROM "_prisma_migrations" ORDER BY migration_name, started_at`,
  );
}
