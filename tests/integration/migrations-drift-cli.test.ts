import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, test } from "vitest";
import { addFieldToModel, copyPrismaLayout, type PrismaCopy } from "../support/prisma-copy";

/**
 * Acceptance: the drift check command (`tsx scripts/db.ts drift`, i.e. `npm run db:drift`) exits 0 on the repository
 * and fails — non-zero, printing the missing SQL and nothing else — when a field is added to the schema without a
 * migration. (The repository's drift is checked here only: the command is what people run, and each check replays
 * every migration on the WASM engine, 10–15 s.)
 *
 * scripts/db.ts resolves prisma/schema.prisma and prisma/migrations against its working directory, so the unmodified
 * script run with `cwd` = a temp copy of prisma/ (with one added field) checks that copy; the repository is untouched.
 */

const run = promisify(execFile);
const REPO = path.resolve(".");
const TSX = path.join(REPO, "node_modules", ".bin", "tsx");
const DB_SCRIPT = path.join(REPO, "scripts", "db.ts");
const ADD_NICKNAME = /ALTER TABLE "Client" ADD COLUMN\s+"nickname" TEXT/;
// A cold tsx + WASM engine start is ~7 s on an idle 2-core machine; leave room for a busy one.
const CHILD_TIMEOUT = 90_000;

type CliResult = { code: number; stdout: string; stderr: string };

/** Runs a command to completion and reports its exit code instead of throwing on a non-zero one. */
async function runCli(command: string, args: string[], cwd: string): Promise<CliResult> {
  // Drift needs no database; vitest's NODE_OPTIONS loader hooks must not leak into the child.
  const env = { ...process.env, DATABASE_URL: "", MIGRATION_DATABASE_URL: "" } as NodeJS.ProcessEnv;
  delete env.NODE_OPTIONS;
  try {
    const { stdout, stderr } = await run(command, args, { cwd, env, timeout: CHILD_TIMEOUT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number | string; killed?: boolean; stdout?: string; stderr?: string };
    if (typeof failed.code !== "number" || failed.killed) throw error; // spawn failure or timeout, not an exit code
    return { code: failed.code, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

let copy: PrismaCopy;
beforeAll(async () => {
  copy = await copyPrismaLayout();
  await addFieldToModel(copy.schemaPath, "Client", "nickname String?");
});
afterAll(async () => {
  await copy?.remove();
});

test("`npx tsx scripts/db.ts drift` exits 0 on the repository", { timeout: CHILD_TIMEOUT + 10_000 }, async () => {
  const result = await runCli("npx", ["tsx", "scripts/db.ts", "drift"], REPO);
  expect(result.code, result.stdout + result.stderr).toBe(0);
  expect(result.stdout).toContain("no drift");
});

test(
  "`db.ts drift` exits 1 and prints the missing SQL when a field was added without a migration",
  { timeout: CHILD_TIMEOUT + 10_000 },
  async () => {
    const result = await runCli(TSX, [DB_SCRIPT, "drift"], copy.root);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toContain("DRIFT");
    expect(result.stderr).toMatch(ADD_NICKNAME);
    expect(result.stderr).not.toMatch(/DROP|CREATE TABLE/); // only the one missing column, nothing else
  },
);
