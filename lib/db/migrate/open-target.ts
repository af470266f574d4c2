import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pgliteTarget, pgTarget, type MigrationTarget } from "./targets";

export const EMBEDDED_DATA_DIR = process.env.PGLITE_DATA_DIR ?? ".data/pglite";

/** DATABASE_URL when set (PostgreSQL), otherwise the embedded PGlite database. */
export async function openMigrationTarget(): Promise<MigrationTarget> {
  const url = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
  if (url) return pgTarget(url);
  await mkdir(EMBEDDED_DATA_DIR, { recursive: true }); // PGlite does not create parent directories
  return pgliteTarget(new PGlite(EMBEDDED_DATA_DIR), `PGlite ${EMBEDDED_DATA_DIR}`);
}
