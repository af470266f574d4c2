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
  // Both integration projects (vitest.config.ts) run this setup; they share one template, dropped by the last teardown.
  shared.template ??= migrateTemplate();
  shared.users += 1;
  project.provide("templateDatabase", await shared.template);
  return async () => {
    shared.users -= 1;
    if (shared.users === 0) await dropDatabase(await shared.template!);
  };
}

// On globalThis: vitest loads this file once per project, and one WASM schema engine per process is all that works.
const shared = ((
  globalThis as { accountableTemplate?: { template?: Promise<string>; users: number } }
).accountableTemplate ??= { users: 0 });

async function migrateTemplate(): Promise<string> {
  const template = uniqueName("acc_tmpl");
  await adminQuery(`CREATE DATABASE "${template}"`);
  const target = pgTarget(databaseUrl(template));
  try {
    await deployMigrations(target);
  } finally {
    await target.close();
  }
  return template;
}
