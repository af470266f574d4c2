import type { TestProject } from "vitest/node";
import { deployMigrations } from "../../lib/db/migrate/commands";
import { pgTarget } from "../../lib/db/migrate/targets";
import { adminQuery, databaseUrl, dropDatabase, uniqueName } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/**
 * Migrates one fresh PostgreSQL database per run; test files clone it with CREATE DATABASE … TEMPLATE, which takes
 * milliseconds, so every file gets its own database and nothing depends on what an earlier run left behind.
 */
export default async function setup(project: TestProject) {
  const template = uniqueName("acc_tmpl");
  await adminQuery(`CREATE DATABASE "${template}"`);
  const target = pgTarget(databaseUrl(template));
  try {
    await deployMigrations(target);
  } finally {
    await target.close();
  }
  project.provide("templateDatabase", template);
  return async () => {
    await dropDatabase(template);
  };
}
