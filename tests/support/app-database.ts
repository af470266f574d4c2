import { createPrismaForPostgres, type Db } from "../../lib/db/client";
import { setAppDatabase } from "../../lib/db/prisma";
import { adminQuery, databaseUrl, uniqueName } from "./postgres";
import { createTestPostgres, type TestPostgres } from "./test-database";

export type AppTestDatabase = {
  /** Superuser client for arranging fixtures and inspecting state (bypasses row-level security). */
  admin: Db;
  /** The client the app code uses in this test file: a login role with no BYPASSRLS, as in production. */
  app: Db;
  database: TestPostgres;
  appRole: string;
  close(): Promise<void>;
};

/**
 * A fresh migrated database for this file, with the app's data layer (lib/db/prisma.ts) pointed at it through a
 * non-superuser login role that is a member of accountable_app — so row-level security is really in force.
 */
export async function useAppTestDatabase(): Promise<AppTestDatabase> {
  const database = await createTestPostgres();
  const appRole = uniqueName("acc_login");
  await adminQuery(`CREATE ROLE "${appRole}" LOGIN NOSUPERUSER NOBYPASSRLS IN ROLE accountable_app`);
  const admin = createPrismaForPostgres(database.url, 2);
  const app = createPrismaForPostgres(databaseUrl(database.name, appRole), 4);
  setAppDatabase(app);
  return {
    admin,
    app,
    database,
    appRole,
    async close() {
      await app.$disconnect();
      await admin.$disconnect();
      await database.drop();
      await adminQuery(`DROP ROLE IF EXISTS "${appRole}"`);
    },
  };
}
