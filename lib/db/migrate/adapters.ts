import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * Driver adapters for the WASM schema engine, with one fix each so a migration is all-or-nothing.
 *
 * - adapter-pg splits a script on ";" and runs the pieces one by one: a failing statement leaves the earlier ones
 *   committed, and `DO $$ ... $$` blocks break. We send the whole script as ONE simple query instead; PostgreSQL runs
 *   a multi-statement simple query in one implicit transaction, so a failure rolls every statement back.
 * - pglite-prisma-adapter does not await `exec` in `executeScript`, so the engine sees success and records a failing
 *   migration as applied. We await it (PGlite's `exec` is also one simple query, hence atomic).
 *
 * Migration files must therefore not contain transaction control (BEGIN/COMMIT) or CREATE INDEX CONCURRENTLY.
 */

type AnyAdapter = SqlDriverAdapter & { onError(error: unknown): never };

function withAtomicScripts(adapter: SqlDriverAdapter, run: (script: string) => Promise<unknown>): SqlDriverAdapter {
  const typed = adapter as AnyAdapter;
  typed.executeScript = async (script: string) => {
    try {
      await run(script);
    } catch (error) {
      typed.onError(error);
    }
  };
  return typed;
}

/** The engine never disposes what it connects, so the factory remembers its adapters for `disposeAll`. */
export type DisposableFactory = SqlMigrationAwareDriverAdapterFactory & { disposeAll(): Promise<void> };

export function pgMigrationAdapter(connectionString: string): DisposableFactory {
  const factory = new PrismaPg({ connectionString, max: 2 });
  const opened: SqlDriverAdapter[] = [];
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async disposeAll() {
      await Promise.all(opened.splice(0).map((adapter) => adapter.dispose()));
    },
    async connect() {
      const adapter = await factory.connect();
      opened.push(adapter);
      const pool = (adapter as unknown as { client: { query(sql: string): Promise<unknown> } }).client;
      return withAtomicScripts(adapter, (script) => pool.query(script));
    },
    async connectToShadowDb() {
      // The shadow database is a throwaway in-memory PGlite: no CREATE DATABASE rights or server needed.
      return pgliteShadowAdapter();
    },
  };
}

export function pgliteMigrationAdapter(db: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPGlite(db);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      return withAtomicScripts(adapter, (script) => db.exec(script));
    },
    async connectToShadowDb() {
      return pgliteShadowAdapter();
    },
  };
}

async function pgliteShadowAdapter(): Promise<SqlDriverAdapter> {
  const shadow = new PGlite();
  const adapter = await new PrismaPGlite(shadow).connect();
  const atomic = withAtomicScripts(adapter, (script) => shadow.exec(script));
  atomic.dispose = async () => {
    await shadow.close();
  };
  return atomic;
}
