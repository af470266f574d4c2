import { randomBytes } from "node:crypto";
import { queryOnce, withDatabase } from "../../scripts/support/postgres";

/** The server the tests use; each run creates its own databases on it and drops them afterwards. */
export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function databaseUrl(database: string, user?: string): string {
  return withDatabase(ADMIN_URL, database, user);
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

export async function adminQuery(sql: string): Promise<void> {
  await queryOnce(ADMIN_URL, sql);
}

export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
