import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { deployMigrations } from "../../lib/db/migrate/commands";
import { pgliteTarget } from "../../lib/db/migrate/targets";
import { adminQuery, databaseUrl, dropDatabase, uniqueName } from "./postgres";

export type TestPostgres = { name: string; url: string; drop(): Promise<void> };

/** A fresh, fully migrated PostgreSQL database of this test file's own (cloned from the run's template). */
export async function createTestPostgres(): Promise<TestPostgres> {
  const name = uniqueName("acc_test");
  // Cloning needs the template to have no open connections; a parallel clone can hold it for a moment.
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`);
      break;
    } catch (error) {
      if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return { name, url: databaseUrl(name), drop: () => dropDatabase(name) };
}

/** A fresh in-memory PGlite database with every migration applied. */
export async function createTestPglite(): Promise<PGlite> {
  const db = new PGlite();
  await deployMigrations(pgliteTarget(db));
  return db;
}
