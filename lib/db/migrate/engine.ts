import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { loadSchemaEngine } from "./wasm-loader";

/**
 * The official Prisma schema engine, compiled to WebAssembly, driven through a driver adapter. This is how we
 * migrate without the native engine binary the Prisma CLI would download (docs/adr/0001-wasm-migrations.md).
 */

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const NO_FILTER = { externalTables: [], externalEnums: [] };

export async function readSchema(schemaPath = SCHEMA_PATH) {
  return { path: schemaPath, content: await readFile(schemaPath, "utf8") };
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    folders.map(async (folder) => {
      const file = path.join(dir, folder, "migration.sql");
      const content = await readFile(file, "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: Error) => ({ tag: "error" as const, value: error.message }),
      );
      return { path: folder, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockPath = path.join(dir, "migration_lock.toml");
  const lockContent = await readFile(lockPath, "utf8").catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: lockPath, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Engine errors arrive as "External error id#N"; the driver's real error sits in the adapter's registry. */
function explain(error: unknown, registry: { consumeError(id: number): unknown }): Error {
  const message = error instanceof Error ? error.message : String(error);
  const match = /id#(\d+)/.exec(message);
  if (match) {
    const record = registry.consumeError(Number(match[1])) as { error?: { originalMessage?: string } } | undefined;
    const cause = record?.error?.originalMessage ?? JSON.stringify(record?.error ?? record);
    return new Error(`${message}: ${cause}`, { cause: record });
  }
  return error instanceof Error ? error : new Error(message);
}

export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema: { path: string; content: string },
  run: (engine: SchemaEngine) => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const { SchemaEngine } = await loadSchemaEngine();
  const engine = await SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, log, bound);
  try {
    return await run(engine);
  } catch (error) {
    throw explain(error, bound.errorRegistry);
  } finally {
    engine.free();
    // Close the engine's connections now rather than at target.close(): on PostgreSQL the engine takes Prisma's
    // migrate advisory lock on its session, so a leftover idle connection stalls the next command on it (~10 s).
    await (factory as { disposeAll?: () => Promise<void> }).disposeAll?.().catch(() => undefined);
  }
}
