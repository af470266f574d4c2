import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterEach, expect, test } from "vitest";
import { createMigration, deployMigrations, migrationStatus, schemaDrift } from "../../lib/db/migrate/commands";
import { pgliteTarget } from "../../lib/db/migrate/targets";
import { columnExists, pgliteDoor } from "../support/db-inspect";
import { addFieldToModel, copyPrismaLayout, type PrismaCopy } from "../support/prisma-copy";

/**
 * Acceptance: after a schema change, createMigration writes a new migration folder with the missing SQL, and the
 * drift check then passes. Works on a temp copy of prisma/, never on the repository's files.
 */

const ADD_NICKNAME = /ALTER TABLE "Client" ADD COLUMN\s+"nickname" TEXT/;

let copy: PrismaCopy | undefined;
afterEach(async () => {
  await copy?.remove();
  copy = undefined;
});

test("createMigration writes a migration that adds the new column, after which there is no drift", async () => {
  copy = await copyPrismaLayout();
  await addFieldToModel(copy.schemaPath, "Client", "nickname String?");
  const foldersBefore = await readdir(copy.migrationsDir);

  const created = await createMigration("add_client_nickname", copy.paths);

  expect(created).toMatch(/^\d{14}_add_client_nickname$/);
  expect((await readdir(copy.migrationsDir)).sort()).toEqual([...foldersBefore, created!].sort());
  const sql = await readFile(path.join(copy.migrationsDir, created!, "migration.sql"), "utf8");
  expect(sql).toMatch(ADD_NICKNAME);
  expect(sql).not.toMatch(/DROP|CREATE TABLE/); // only the one missing column
  expect(await schemaDrift(copy.paths)).toBe("");

  // The written migration really applies: a fresh PGlite gets the column and is up to date with the copy.
  const db = new PGlite();
  const target = pgliteTarget(db);
  try {
    // Folder names sort by timestamp, so the new one is not necessarily last; every folder must have applied.
    const applied = await deployMigrations(target, copy.paths);
    expect([...applied].sort()).toEqual([...foldersBefore.filter((f) => f !== "migration_lock.toml"), created!].sort());
    expect(await columnExists(pgliteDoor(db), "Client", "nickname")).toBe(true);
    expect(await migrationStatus(target, copy.paths)).toMatchObject({ upToDate: true, pending: [] });
  } finally {
    await target.close();
  }
});
