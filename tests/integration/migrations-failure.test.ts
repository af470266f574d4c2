import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { deployMigrations, migrationStatus } from "../../lib/db/migrate/commands";
import { pgliteTarget, pgTarget, type MigrationTarget } from "../../lib/db/migrate/targets";
import {
  columnExists,
  migrationRows,
  pgliteDoor,
  postgresDoor,
  publicSchemaSnapshot,
  tableExists,
  type SqlDoor,
} from "../support/db-inspect";
import { copyPrismaLayout, writeMigration, type PrismaCopy } from "../support/prisma-copy";
import { createTestPglite, createTestPostgres } from "../support/test-database";

/**
 * Acceptance: a failing migration leaves the database unchanged and unrecorded, on PostgreSQL and on PGlite alike,
 * the error names the real cause, and once fixed the same migration deploys and is recorded exactly once.
 * The migrations folder is a temp copy of the repository's plus one extra folder that sorts last.
 */

const BROKEN = "29990101000000_broken";

// Two statements that would change the schema, then a failure: atomicity means neither may survive.
const DIVIDES_BY_ZERO = `CREATE TABLE "ShouldNotExist" (id int);
ALTER TABLE "Client" ADD COLUMN "x" int;
SELECT 1/0;
`;
// A failure in the middle of the script, with a statement after it.
const MISSING_TABLE = `CREATE TABLE "ShouldNotExist" (id int);
ALTER TABLE "Client" ADD COLUMN "x" int;
INSERT INTO "NoSuchTable" VALUES (1);
CREATE TABLE "AfterTheFailure" (id int);
`;
const FIXED = `CREATE TABLE "ShouldNotExist" (id int);
ALTER TABLE "Client" ADD COLUMN "x" int;
`;

type Backend = { target: MigrationTarget; door: SqlDoor; dispose(): Promise<void> };

const backends: Record<string, () => Promise<Backend>> = {
  "PostgreSQL (clone of the migrated template)": async () => {
    const database = await createTestPostgres();
    const target = pgTarget(database.url);
    const door = postgresDoor(database.url);
    return {
      target,
      door,
      async dispose() {
        await target.close();
        await door.close();
        await database.drop();
      },
    };
  },
  "PGlite (in-memory, migrated)": async () => {
    const db: PGlite = await createTestPglite();
    return { target: pgliteTarget(db), door: pgliteDoor(db), dispose: () => db.close() };
  },
};

describe.each(Object.entries(backends))("%s", (_name, openBackend) => {
  let backend: Backend;
  let copy: PrismaCopy;
  let brokenFile: string;

  beforeAll(async () => {
    [backend, copy] = await Promise.all([openBackend(), copyPrismaLayout()]);
    brokenFile = await writeMigration(copy.migrationsDir, BROKEN, DIVIDES_BY_ZERO);
  });
  afterAll(async () => {
    await backend?.dispose();
    await copy?.remove();
  });

  async function expectUnchangedAndUnrecorded(before: Awaited<ReturnType<typeof snapshot>>) {
    const { door } = backend;
    expect(await tableExists(door, "ShouldNotExist")).toBe(false);
    expect(await tableExists(door, "AfterTheFailure")).toBe(false);
    expect(await columnExists(door, "Client", "x")).toBe(false);
    const rows = await migrationRows(door);
    expect(rows.filter((row) => row.migration_name === BROKEN)).toEqual([]);
    expect(rows).toEqual(before.rows); // same rows, same timestamps and checksums: nothing touched
    expect(await publicSchemaSnapshot(door)).toEqual(before.schema);
  }

  async function snapshot() {
    return { rows: await migrationRows(backend.door), schema: await publicSchemaSnapshot(backend.door) };
  }

  test("a failing migration is rolled back entirely, not recorded, and reported with its real cause", async () => {
    const { target } = backend;
    const before = await snapshot();
    expect(before.rows.length).toBeGreaterThan(0); // the real migrations are applied and recorded
    expect(before.rows.every((row) => row.finished_at !== null)).toBe(true);

    await expect(deployMigrations(target, copy.paths)).rejects.toThrow(/division by zero/);
    await expectUnchangedAndUnrecorded(before);

    // Failing again (differently, mid-script) still leaves nothing behind, and does not pile up bookkeeping rows.
    await writeFile(brokenFile, MISSING_TABLE);
    await expect(deployMigrations(target, copy.paths)).rejects.toThrow(/NoSuchTable/);
    await expectUnchangedAndUnrecorded(before);

    const status = await migrationStatus(target, copy.paths);
    expect(status).toMatchObject({ upToDate: false, pending: [BROKEN], failed: [] });
  });

  test("once fixed, the same migration deploys, is recorded once, and the database is up to date", async () => {
    const { target, door } = backend;
    const before = await migrationRows(door);
    await writeFile(brokenFile, FIXED);

    expect(await deployMigrations(target, copy.paths)).toEqual([BROKEN]);

    expect(await tableExists(door, "ShouldNotExist")).toBe(true);
    expect(await columnExists(door, "Client", "x")).toBe(true);
    const after = await migrationRows(door);
    const recorded = after.filter((row) => row.migration_name === BROKEN);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      checksum: createHash("sha256").update(FIXED).digest("hex"), // the fixed script, not a failed attempt
      rolled_back_at: null,
      applied_steps_count: 1,
    });
    expect(recorded[0]?.finished_at).toBeInstanceOf(Date);
    expect(after.filter((row) => row.migration_name !== BROKEN)).toEqual(before);

    expect(await migrationStatus(target, copy.paths)).toMatchObject({
      upToDate: true,
      pending: [],
      failed: [],
      edited: [],
    });
    expect(await deployMigrations(target, copy.paths)).toEqual([]); // nothing left to apply
    expect(await migrationRows(door)).toEqual(after);
  });
});
