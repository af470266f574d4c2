/**
 * `npm run dev` / `npm run demo`: prepares the database, then hands over to Next.
 * Without DATABASE_URL the app runs on the embedded PGlite database, created, migrated and seeded here first.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { setupEmbeddedDatabase } from "./embedded-setup";
import { nextArgs } from "./support/local-bind";

const mode = process.argv[2] === "start" ? "start" : "dev";

/** A per-machine secret kept in .data so sessions survive restarts; production must set NEXTAUTH_SECRET. */
function localSecret(): string {
  const file = ".data/nextauth-secret";
  mkdirSync(".data", { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main() {
  // Before the first start's setup, which also makes the demo digests (their unsubscribe links are signed with it).
  process.env.NEXTAUTH_SECRET ??= localSecret();
  if (!process.env.DATABASE_URL) await setupEmbeddedDatabase(process.env.PGLITE_DATA_DIR ?? ".data/pglite");
  const env = {
    ...process.env,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
    // PGlite cannot host graphile-worker: the same task handlers run inside the Next process instead (ADR 0005).
    JOBS_RUNNER: process.env.JOBS_RUNNER ?? (process.env.DATABASE_URL ? "off" : "in-process"),
    // The demo's caught mail (its first digests included) stays viewable at /dev/mail under `next start` too, on the
    // embedded database only: that is a newcomer's own machine, never a deployment.
    MAIL_CATCH_PAGE: process.env.MAIL_CATCH_PAGE ?? (process.env.DATABASE_URL || process.env.SMTP_URL ? "off" : "on"),
  };
  const child = spawn("npx", nextArgs(mode, process.argv.slice(3)), { stdio: "inherit", env });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
