/**
 * `npm run dev` / `npm run demo`: prepares the database, then hands over to Next.
 * Without DATABASE_URL the app runs on the embedded PGlite database, created, migrated and seeded here first.
 * `tsx scripts/dev.ts setup` prepares it and exits (what the first start does before Next, tested on its own).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { nextArgs } from "./support/local-bind";

const mode = (["start", "setup"] as const).find((m) => m === process.argv[2]) ?? "dev";

/** A per-machine secret kept in .data so sessions survive restarts; production must set NEXTAUTH_SECRET. */
function localSecret(): string {
  const file = ".data/nextauth-secret";
  mkdirSync(".data", { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main() {
  // Before the first start's setup, which also makes the demo digests (their unsubscribe links are signed with it).
  process.env.NEXTAUTH_SECRET ||= localSecret();
  // Imported only now: the app's modules read the environment once, when first loaded, and the demo's first start
  // signs links with the secret (a static import made a clean clone's `npm run demo` stop with "NEXTAUTH_SECRET is
  // not set" before 3 Dec).
  const { setupEmbeddedDatabase } = await import("./embedded-setup");
  if (!process.env.DATABASE_URL) await setupEmbeddedDatabase(process.env.PGLITE_DATA_DIR ?? ".data/pglite");
  if (mode === "setup") return;
  const env = {
    ...process.env,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
    // PGlite cannot host graphile-worker: the same task handlers run inside the Next process instead (ADR 0005).
    JOBS_RUNNER: process.env.JOBS_RUNNER ?? (process.env.DATABASE_URL ? "off" : "in-process"),
    // The demo's caught mail (its first digests included) stays viewable at /dev/mail under `next start` too, on the
    // embedded database only: that is a newcomer's own machine, never a deployment.
    MAIL_CATCH_PAGE: process.env.MAIL_CATCH_PAGE ?? (process.env.DATABASE_URL || process.env.SMTP_URL ? "off" : "on"),
  };
  const child = spawn("npx", nextArgs(mode === "start" ? "start" : "dev", process.argv.slice(3)), {
    stdio: "inherit",
    env,
  });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
