import { afterEach, describe, expect, test } from "vitest";
import { schemaDrift } from "../../lib/db/migrate/commands";
import { addFieldToModel, copyPrismaLayout, type PrismaCopy } from "../support/prisma-copy";

/**
 * Acceptance: the drift check finds nothing on the repository and returns the missing SQL when a field is added to
 * the schema without a migration. Schema edits happen on a temp copy of prisma/, never on the repository's files.
 * The CLI's exit codes are in migrations-drift-cli.test.ts, createMigration in migrations-create.test.ts.
 */

// Matches the SQL the engine prints for the added column, e.g. ALTER TABLE "Client" ADD COLUMN     "nickname" TEXT;
const ADD_NICKNAME = /ALTER TABLE "Client" ADD COLUMN\s+"nickname" TEXT/;

let copy: PrismaCopy | undefined;
afterEach(async () => {
  await copy?.remove();
  copy = undefined;
});

describe("drift check", () => {
  test("schemaDrift() is empty for the repository's schema and migrations", async () => {
    expect(await schemaDrift()).toBe("");
  });

  test("schemaDrift() returns the missing SQL when a field is added without a migration", async () => {
    copy = await copyPrismaLayout();
    await addFieldToModel(copy.schemaPath, "Client", "nickname String?");

    const sql = await schemaDrift(copy.paths);
    expect(sql).toMatch(ADD_NICKNAME);
    expect(sql).not.toMatch(/DROP|CREATE TABLE/); // only the one missing column, nothing else
  });
});
