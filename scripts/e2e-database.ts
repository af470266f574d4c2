/**
 * Creates a fresh PostgreSQL database for the browser tests, migrates and seeds it, and prints its URL
 * (`prepare`), copies a prepared one for a second browser-test shard (`clone <url>`: PostgreSQL copies the files, no
 * second seed), or drops one (`drop <url>`). Nothing depends on what an earlier run left behind.
 */
import pg from "pg";
import { createPrismaForPostgres } from "../lib/db/client";
import { deployMigrations } from "../lib/db/migrate/commands";
import { pgTarget } from "../lib/db/migrate/targets";
import { seedDemo } from "../prisma/seed/index";

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function prepare(): Promise<string> {
  const name = `acc_e2e_${Date.now().toString(36)}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const target = pgTarget(url.toString());
  await deployMigrations(target);
  await target.close();
  const prisma = createPrismaForPostgres(url.toString(), 2);
  await seedDemo(prisma);
  await prisma.$disconnect();
  return url.toString();
}

/** A copy of a prepared database, made while nothing is connected to it (CREATE DATABASE … TEMPLATE requires that). */
async function clone(source: string): Promise<string> {
  const name = `${new URL(source).pathname.slice(1)}_copy`;
  await admin(`CREATE DATABASE "${name}" TEMPLATE "${new URL(source).pathname.slice(1)}"`);
  const url = new URL(source);
  url.pathname = `/${name}`;
  return url.toString();
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
