import { readdir } from "node:fs/promises";
import { afterAll, beforeAll, expect, test } from "vitest";
import { deployMigrations, migrationStatus } from "../../lib/db/migrate/commands";
import { MIGRATIONS_DIR } from "../../lib/db/migrate/engine";
import { pgTarget, type MigrationTarget } from "../../lib/db/migrate/targets";
import { migrationRows, postgresDoor, tableExists, type SqlDoor } from "../support/db-inspect";
import { adminQuery, databaseUrl, dropDatabase, uniqueName } from "../support/postgres";

/**
 * Acceptance: on a brand-new, empty PostgreSQL database (not cloned from the migrated template), deploy applies every
 * migration, status then reports up to date, and a second deploy applies nothing.
 */

const name = uniqueName("acc_empty");
let target: MigrationTarget;
let door: SqlDoor;
let folders: string[];

beforeAll(async () => {
  await adminQuery(`CREATE DATABASE "${name}"`); // from template1: no tables, no _prisma_migrations
  target = pgTarget(databaseUrl(name));
  door = postgresDoor(databaseUrl(name));
  folders = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
});
afterAll(async () => {
  await target?.close();
  await door?.close();
  await dropDatabase(name);
});

/**
 * Sessions on this database still holding Prisma's migrate advisory lock, polled for up to 3 s: a closed connection's
 * server process needs a moment to exit, whereas a leaked idle connection keeps the lock until pg's 10 s idle timeout.
 */
async function migrateLockHolders() {
  const deadline = Date.now() + 3_000;
  for (;;) {
    const holders = await door.query(
      `SELECT l.pid FROM pg_locks l JOIN pg_database d ON d.oid = l.database
       WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()`,
    );
    if (holders.length === 0 || Date.now() > deadline) return holders;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test("deploy on an empty database applies every migration, in order, and records each once", async () => {
  expect(folders.length).toBeGreaterThan(0);
  expect(await tableExists(door, "_prisma_migrations")).toBe(false);
  expect(await tableExists(door, "Agency")).toBe(false);

  expect(await deployMigrations(target)).toEqual(folders);

  for (const table of ["Agency", "User", "Membership", "Client", "Account", "CheckIn", "Project", "Kpi"]) {
    expect(await tableExists(door, table), table).toBe(true);
  }
  const rows = await migrationRows(door);
  expect(rows.map((row) => row.migration_name)).toEqual(folders);
  expect(rows.every((row) => row.finished_at !== null && row.rolled_back_at === null)).toBe(true);
  // The command released its connections: nothing is left holding the migrate lock for the next command.
  expect(await migrateLockHolders()).toEqual([]);
});

test("status is then up to date, and a second deploy applies nothing and records nothing", async () => {
  expect(await migrationStatus(target)).toEqual({
    upToDate: true,
    pending: [],
    failed: [],
    edited: [],
    unknownToFolder: [],
  });
  const before = await migrationRows(door);

  const started = Date.now();
  expect(await deployMigrations(target)).toEqual([]);
  // Regression guard: a leftover connection holding the advisory lock used to stall this second deploy ~10 s.
  expect(Date.now() - started).toBeLessThan(8_000);

  expect(await migrationRows(door)).toEqual(before);
  expect(await migrateLockHolders()).toEqual([]);
});
