import { unzipSync } from "fflate";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { signInAs } from "../support/session";
import { createAgencyFixture } from "../factories/tenants";
import { createTenant, type Tenant } from "../fuzz/fixtures";
import { ACCOUNT_TERMS } from "../../lib/domain/accounts/terms";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { GET } = await import("../../app/api/agencies/[agency]/archive/route");
const { commitImport } = await import("../../lib/actions/import");
const { ARCHIVE_TABLES, DERIVED_TABLES } = await import("../../lib/domain/export/archive-tables");

/** The agency archive (issue 19, item 5): one streamed ZIP of every table the agency owns, and its round trip. */
let db: AppTestDatabase;
let a: Tenant;
let b: Tenant;

async function download(slug: string) {
  const response = await GET(new Request(`http://localhost/api/agencies/${slug}/archive`), {
    params: Promise.resolve({ agency: slug }),
  });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

function csv(bytes: Uint8Array | undefined) {
  expect(bytes).toBeDefined();
  const text = new TextDecoder().decode(bytes);
  const { data, errors } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  expect(errors).toEqual([]);
  const [header = [], ...rows] = data;
  return { text, header, rows };
}

async function countOf(table: string, scope: string, agencyId: string) {
  const [row] = await db.admin.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "${table}" WHERE "${scope}" = $1::uuid`,
    agencyId,
  );
  return row!.n;
}

beforeAll(async () => {
  db = await useAppTestDatabase();
  [a, b] = [await createTenant(db.admin, "Alpha"), await createTenant(db.admin, "Beta")];
  // More audit rows than one batch (1,000), so the keyset paging of a bigint key is exercised.
  await db.admin.auditEvent.createMany({
    data: Array.from({ length: 1_050 }, (_, i) => ({
      agencyId: a.agencyId,
      action: "test.filler",
      entityType: "Test",
      entityId: String(i),
      after: { i, text: i === 7 ? '=cmd|"/c calc"!A1' : 'ok, "quoted"\nnew line' },
    })),
  });
  // A second account, of a second AM, for the round trip.
  await db.admin.account.create({
    data: {
      agencyId: a.agencyId,
      clientId: a.ids.client,
      amId: a.ids.secondAm,
      name: "Paid social",
      kind: "PROJECT",
      monthlyValue: "1250.50",
      startDate: new Date("2025-11-01"),
      renewalDate: new Date("2026-10-31"),
    },
  });
});
afterAll(async () => db.close());

describe("the agency archive", () => {
  it("has a CSV for every table with agency rows (derived caches aside) and nothing of another agency", async () => {
    signInAs(a.users.leader);
    const { response, bytes } = await download(a.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(`${a.slug}-archive-\\d{4}-\\d\\d-\\d\\d\\.zip`),
    );
    const files = unzipSync(bytes);

    const catalog = await db.admin.$queryRaw<{ t: string }[]>`
      SELECT DISTINCT table_name::text AS t FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'agencyId' AND table_name <> 'AgencyDeletion' ORDER BY 1`;
    const covered = [...ARCHIVE_TABLES.map((t) => t.table), ...DERIVED_TABLES];
    expect(
      catalog.map((r) => r.t).filter((t) => !covered.includes(t)),
      "tables missing from the archive",
    ).toEqual([]);

    const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"])) as {
      agency: { id: string };
      files: { name: string; rows: number }[];
    };
    expect(manifest.agency.id).toBe(a.agencyId);
    for (const spec of ARCHIVE_TABLES) {
      const { header, rows } = csv(files[`tables/${spec.table}.csv`]);
      const expected = await countOf(spec.table, spec.scope, a.agencyId);
      expect(rows.length, spec.table).toBe(expected);
      expect(manifest.files.find((f) => f.name === `tables/${spec.table}.csv`)?.rows, spec.table).toBe(expected);
      expect(header, spec.table).not.toContain("tokenHash");
      expect(header, spec.table).not.toContain("passwordHash");
      if (spec.scope === "agencyId") {
        const at = header.indexOf("agencyId");
        expect(new Set(rows.map((r) => r[at])), spec.table).toEqual(new Set(expected ? [a.agencyId] : []));
      }
    }
    // The audit log is complete (its own "exported" event included) and unique across batches.
    const audit = csv(files["tables/AuditEvent.csv"]);
    expect(new Set(audit.rows.map((r) => r[0])).size).toBe(audit.rows.length);
    expect(audit.text).toContain("agency.exported");
    // Quotes, commas and line breaks inside JSON survive the CSV; a cell starting with { needs no formula guard.
    const seventh = audit.rows.find((r) => r[audit.header.indexOf("entityId")] === "7")!;
    expect(JSON.parse(seventh[audit.header.indexOf("after")]!)).toEqual({ i: 7, text: '=cmd|"/c calc"!A1' });
    // Not one id of the other agency, anywhere.
    const everything = Object.values(files)
      .map((f) => new TextDecoder().decode(f))
      .join("\n");
    for (const id of [b.agencyId, ...Object.values(b.ids)]) expect(everything).not.toContain(id);
    expect(everything).not.toContain(b.users.leader.email);
  });

  it("is refused to a non-leader (403), another agency's leader (404) and the signed out (401)", async () => {
    signInAs(a.users.am);
    expect((await download(a.slug)).response.status).toBe(403);
    signInAs(b.users.leader);
    expect((await download(a.slug)).response.status).toBe(404);
    signInAs(null);
    expect((await download(a.slug)).response.status).toBe(401);
  });

  it("round-trips: its accounts file, imported into another agency with the same AM e-mails, recreates clients, accounts and contacts", async () => {
    signInAs(a.users.leader);
    const files = unzipSync((await download(a.slug)).bytes);
    const text = new TextDecoder().decode(files["import/accounts.csv"]);

    const c = await createAgencyFixture(db.admin, "Gamma");
    const ams = await db.admin.membership.findMany({
      where: { agencyId: a.agencyId, accounts: { some: {} } },
      select: { userId: true },
    });
    for (const { userId } of ams) {
      await db.admin.membership.create({ data: { agencyId: c.agency.id, userId, roles: ["AM"] } });
    }
    signInAs(c.users.leader);
    const result = await commitImport(c.agency.slug, { text, fileName: "archive-accounts.csv" });
    expect(result).toMatchObject({ ok: true });

    const clients = (agencyId: string) =>
      db.admin.client
        .findMany({
          where: { agencyId, archivedAt: null, name: { not: "Gamma Client" } },
          select: { name: true, tier: true, status: true, industry: true, clientSince: true },
          orderBy: { name: "asc" },
        })
        .then((rows) => rows);
    const accounts = (agencyId: string) =>
      db.admin.account
        .findMany({
          where: { agencyId, archivedAt: null, client: { name: { not: "Gamma Client" } } },
          select: {
            name: true,
            ...ACCOUNT_TERMS,
            client: { select: { name: true } },
            am: { select: { user: { select: { email: true } } } },
          },
          orderBy: [{ client: { name: "asc" } }, { name: "asc" }],
        })
        .then((rows) => rows.map((r) => ({ ...r, monthlyValue: r.monthlyValue.toFixed(2) })));
    const contacts = (agencyId: string) =>
      db.admin.contact.findMany({
        where: { agencyId, active: true },
        select: { name: true, email: true, title: true, phone: true, client: { select: { name: true } } },
        orderBy: [{ client: { name: "asc" } }, { name: "asc" }],
      });
    expect((await accounts(a.agencyId)).length).toBe(2);
    expect(await clients(c.agency.id)).toEqual(await clients(a.agencyId));
    expect(await accounts(c.agency.id)).toEqual(await accounts(a.agencyId));
    expect(await contacts(c.agency.id)).toEqual(await contacts(a.agencyId));
  });
});
