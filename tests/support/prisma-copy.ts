import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "../../lib/db/migrate/engine";

/**
 * A throwaway copy of the repository's Prisma layout (`<root>/prisma/schema.prisma`, `<root>/prisma/migrations`),
 * so tests can edit the schema or add migration folders without touching the real ones. The layout mirrors the
 * repository, so the CLI run with `cwd: root` resolves its default paths to the copy.
 */
export type PrismaCopy = {
  root: string;
  schemaPath: string;
  migrationsDir: string;
  paths: { schemaPath: string; migrationsDir: string };
  remove(): Promise<void>;
};

export async function copyPrismaLayout(): Promise<PrismaCopy> {
  const root = await mkdtemp(path.join(tmpdir(), "acc-prisma-"));
  const schemaPath = path.join(root, "prisma", "schema.prisma");
  const migrationsDir = path.join(root, "prisma", "migrations");
  await cp(SCHEMA_PATH, schemaPath);
  await cp(MIGRATIONS_DIR, migrationsDir, { recursive: true });
  return {
    root,
    schemaPath,
    migrationsDir,
    paths: { schemaPath, migrationsDir },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** Adds `fieldLine` as the first field of `model` in the schema file; fails loudly if the model is not found. */
export async function addFieldToModel(schemaPath: string, model: string, fieldLine: string): Promise<void> {
  const schema = await readFile(schemaPath, "utf8");
  const header = new RegExp(`^model ${model} \\{\\n`, "m");
  if (!header.test(schema)) throw new Error(`model ${model} not found in ${schemaPath}`);
  await writeFile(
    schemaPath,
    schema.replace(header, (match) => `${match}  ${fieldLine}\n`),
  );
}

/** Writes `<migrationsDir>/<name>/migration.sql`. */
export async function writeMigration(migrationsDir: string, name: string, sql: string): Promise<string> {
  const file = path.join(migrationsDir, name, "migration.sql");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, sql);
  return file;
}
