import { spawnSync } from "node:child_process";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { importSlots } from "@/lib/domain/import/mutations";
import { MAX_FILE_BYTES } from "@/lib/domain/import/parse";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { signInAs } from "../support/session";
import { createAgencyFixture, type AgencyFixture } from "../factories/tenants";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { previewImport } = await import("../../lib/actions/import");

/** The CSV import under cheap hostile files: refused before the expensive work, and bounded per agency. */
let db: AppTestDatabase;
let f: AgencyFixture;

beforeAll(async () => {
  db = await useAppTestDatabase();
  f = await createAgencyFixture(db.admin, "Importer");
  signInAs(f.users.leader);
});
afterAll(async () => db.close());

describe("a 5 MB file of empty lines", () => {
  it("is refused from its line count, without handing the file to the CSV parser", async () => {
    const parse = vi.spyOn(Papa, "parse");
    const result = await previewImport(f.agency.slug, { text: `client_name\n${"\n".repeat(MAX_FILE_BYTES - 12)}` });
    expect(result).toMatchObject({ ok: false, code: "invalid", message: expect.stringMatching(/lines/) });
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it("fits in a 64 MB heap (peak figures printed)", () => {
    const run = spawnSync(
      process.execPath,
      ["--max-old-space-size=64", "--import", "tsx", "scripts/bench/csv-empty-lines.ts"],
      { encoding: "utf8", timeout: 60_000 },
    );
    console.log(run.stdout.trim());
    expect(run.stderr).not.toMatch(/heap out of memory/);
    expect(run.status).toBe(0);
  });
});

describe("imports at once per agency", () => {
  it("a file beyond the agency's concurrent-import bound is refused with a retry message; others go on", async () => {
    const held = Array.from({ length: importSlots.max }, () => importSlots.tryAcquire(f.agency.id));
    const text = "client_name\nAcme\n";
    try {
      expect(await previewImport(f.agency.slug, { text })).toMatchObject({ ok: false, code: "rate_limited" });
    } finally {
      held.forEach((release) => release?.());
    }
    expect(await previewImport(f.agency.slug, { text })).toMatchObject({ ok: true });
  });
});
