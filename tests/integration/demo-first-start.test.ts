import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The README's first command on a clean clone: `npm run demo` runs scripts/dev.ts, whose first start creates the
 * embedded database, applies the migrations and loads the demo (digests and follow-up mails included) before Next
 * starts. A newcomer has no NEXTAUTH_SECRET; dev.ts makes a local one. Here the same script in its `setup` mode (the
 * first start without Next), in a child process with the secret removed from its environment, as on a new machine.
 */
const run = promisify(execFile);
let scratch = "";
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("the demo's first start", () => {
  it("prepares the embedded database with the demo and its first mails, without NEXTAUTH_SECRET set", async () => {
    scratch = await mkdtemp(path.join(tmpdir(), "demo-first-start-"));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PGLITE_DATA_DIR: path.join(scratch, "pglite"),
      MAIL_CATCH_DIR: path.join(scratch, "mail"),
    };
    for (const name of ["NEXTAUTH_SECRET", "DATABASE_URL", "SMTP_URL"]) delete env[name];
    const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/dev.ts", "setup"], {
      env,
      timeout: 110_000,
    });
    expect(stdout).toMatch(/embedded database: applied \d+ migration/);
    expect(stdout).toMatch(/"slug":"northwind"/);
    expect(stdout).toMatch(/demo digests \{"leader":\d+/);
    expect((await readdir(path.join(scratch, "mail"))).length).toBeGreaterThan(0);
  }, 120_000);
});
