/**
 * Creates a fresh PostgreSQL database for the browser tests, migrates and seeds it, and prints its URL
 * (`prepare`), copies a prepared one for a second browser-test shard (`clone <url>`: PostgreSQL copies the files, no
 * second seed), or drops one (`drop <url>`). Nothing depends on what an earlier run left behind.
 */
import { createPrismaForPostgres } from "../lib/db/client";
import { deployMigrations } from "../lib/db/migrate/commands";
import { pgTarget } from "../lib/db/migrate/targets";
import { seedDemo } from "../prisma/seed/index";
import { queryOnce, withDatabase } from "./support/postgres";

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const admin = (sql: string) => queryOnce(ADMIN_URL, sql);

async function prepare(): Promise<string> {
  const name = `acc_e2e_${Date.now().toString(36)}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = withDatabase(ADMIN_URL, name);
  const target = pgTarget(url);
  await deployMigrations(target);
  await target.close();
  const prisma = createPrismaForPostgres(url, 2);
  await seedDemo(prisma);
  await prisma.$disconnect();
  return url;
}

/** A copy of a prepared database, made while nothing is connected to it (CREATE DATABASE … TEMPLATE requires that). */
async function clone(source: string): Promise<string> {
  const name = `${new URL(source).pathname.slice(1)}_copy`;
  await admin(`CREATE DATABASE "${name}" TEMPLATE "${new URL(source).pathname.slice(1)}"`);
  return withDatabase(source, name);
}

async function main() {
  const [command, arg] = process.argv.slice(2);
  if (command === "prepare") {
    console.log(await prepare());
  } else if (command === "clone" && arg) {
    console.log(await clone(arg));
  } else if (command === "drop" && arg) {
    await admin(`DROP DATABASE IF EXISTS "${new URL(arg).pathname.slice(1)}" WITH (FORCE)`);
  } else {
    throw new Error("usage: tsx scripts/e2e-database.ts prepare | clone <url> | drop <url>");
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
