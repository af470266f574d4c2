import Papa from "papaparse";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { downloadExport } from "../support/export-route";
import { seedDemo } from "../../prisma/seed/index";
import { signInAs } from "../support/session";
import { addAccount } from "../factories/accounts";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { commitImport } = await import("../../lib/actions/import");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;

/** Reads a download back with papaparse itself (not the importer, which refuses files without data rows). */
function rowsOf(text: string) {
  const { data, errors } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  expect(errors).toEqual([]);
  const [headers = [], ...rows] = data;
  return { headers, rows: rows.map((cells) => ({ cells })) };
}

setUpTwoAgencies((s) => ({ db, a, b } = s));
beforeEach(() => signInAsMember(a, "leader"));

describe("CSV export", () => {
  it("streams the accounts as an attachment with a BOM, guarding formula-like cells", async () => {
    const evil = await db.admin.client.create({
      data: { agencyId: a.agency.id, name: '=HYPERLINK("http://evil.test","x")', tier: "TIER_2", industry: "@risk" },
    });
    await addAccount(db.admin, a, { clientId: evil.id, name: "+Plus, minus", startDate: new Date("2026-02-01") });
    const { response, bytes, text } = await downloadExport(a.agency.slug, "accounts");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename=".*-accounts-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.test"",""x"")",TIER_2,ACTIVE,'@risk,`);
    expect(text).toContain(`"'+Plus, minus"`);
    const file = rowsOf(text);
    expect(file.headers.slice(0, 3)).toEqual(["client_name", "client_tier", "client_status"]);
    expect(file.rows).toHaveLength(2);
  });

  it("applies the list's filters and refuses bad ones", async () => {
    const q = await downloadExport(a.agency.slug, "accounts", "?q=plus");
    expect(rowsOf(q.text).rows.map((r) => r.cells[5])).toEqual(["'+Plus, minus"]);
    const tier = await downloadExport(a.agency.slug, "clients", "?tier=TIER_1");
    expect(rowsOf(tier.text).rows.map((r) => r.cells[0])).toEqual([a.client.name]);
    const bad = await downloadExport(a.agency.slug, "accounts", "?status=LOST");
    expect(bad.response.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({ error: "invalid_filter", fieldErrors: { status: expect.any(Array) } });
    expect((await downloadExport(a.agency.slug, "nothing")).response.status).toBe(404);
  });

  it("pages through more rows than one batch, each row once", async () => {
    await db.admin.checkIn.createMany({
      data: Array.from({ length: 2345 }, (_, i) => ({
        agencyId: a.agency.id,
        accountId: a.account.id,
        authorId: a.memberships.am.id,
        occurredAt: new Date(Date.UTC(2026, 0, 1 + (i % 300))),
        channel: "CALL" as const,
        sentiment: 1 + (i % 5),
        summary: `Call ${i}\nwith a line break`,
      })),
    });
    const all = rowsOf((await downloadExport(a.agency.slug, "check-ins")).text);
    expect(all.rows).toHaveLength(2345);
    expect(new Set(all.rows.map((r) => r.cells[7])).size).toBe(2345);
    const january = rowsOf((await downloadExport(a.agency.slug, "check-ins", "?from=2026-01-01&to=2026-01-31")).text);
    expect(january.rows.length).toBeGreaterThan(0);
    expect(january.rows.every((r) => r.cells[0]!.startsWith("2026-01-"))).toBe(true);
    const forAccount = rowsOf((await downloadExport(a.agency.slug, "check-ins", `?accountId=${b.account.id}`)).text);
    expect(forAccount.rows).toHaveLength(0); // another agency's account id finds nothing here
  });

  it("exports projects (all or mine) and the AM load table", async () => {
    await db.admin.project.create({
      data: {
        agencyId: a.agency.id,
        accountId: a.account.id,
        pmId: a.memberships.pm.id,
        name: "Site",
        status: "AT_RISK",
      },
    });
    expect(rowsOf((await downloadExport(a.agency.slug, "projects")).text).rows).toHaveLength(1);
    expect(rowsOf((await downloadExport(a.agency.slug, "projects", "?mine")).text).rows).toHaveLength(0);
    signInAsMember(a, "pm");
    expect(rowsOf((await downloadExport(a.agency.slug, "projects", "?mine")).text).rows).toHaveLength(1);
    const load = rowsOf((await downloadExport(a.agency.slug, "am-load")).text);
    expect(load.headers[0]).toBe("account_manager");
    expect(load.rows.map((r) => r.cells[0])).toEqual([a.users.am.name]);
  });

  it("refuses other agencies, signed-out people, and never leaks a row", async () => {
    signInAsMember(b, "leader");
    for (const kind of ["clients", "accounts", "check-ins", "projects", "am-load"]) {
      const { response, text } = await downloadExport(a.agency.slug, kind);
      expect(response.status, kind).toBe(404);
      expect(text).not.toContain(a.client.name);
    }
    const own = await downloadExport(b.agency.slug, "accounts", `?amId=${a.memberships.am.id}`);
    expect(rowsOf(own.text).rows).toHaveLength(0);
    signInAs(null);
    expect((await downloadExport(a.agency.slug, "accounts")).response.status).toBe(401);
  });
});

describe("export → import round trip", () => {
  it("re-importing the demo agency's exported accounts changes nothing", async () => {
    await seedDemo(db.admin, { today: new Date("2026-06-15T12:00:00Z") });
    const leader = await db.admin.user.findUniqueOrThrow({
      where: { email: "leader@northwind.example" },
      select: { id: true, name: true, email: true },
    });
    signInAs(leader);
    const snapshot = () =>
      db.admin.account.findMany({
        where: { agency: { slug: "northwind" } },
        orderBy: { id: "asc" },
        include: { client: true },
      });
    const before = await snapshot();
    const { text } = await downloadExport("northwind", "accounts");
    expect(rowsOf(text).rows).toHaveLength(before.filter((x) => !x.archivedAt && !x.client.archivedAt).length);
    const result = await commitImport("northwind", { text, fileName: "northwind-accounts.csv" });
    expect(result).toMatchObject({
      ok: true,
      data: { counts: { clients: { created: 0, updated: 0 }, accounts: { created: 0, updated: 0 } } },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("an unknown start date exports as an empty cell, and importing that file back leaves it unknown", async () => {
    await addAccount(db.admin, a, { name: "Inherited book", startDate: null });
    const { text } = await downloadExport(a.agency.slug, "accounts", "?q=inherited");
    const file = rowsOf(text);
    expect(file.rows.map((r) => r.cells[file.headers.indexOf("start_date")])).toEqual([""]);
    expect(await commitImport(a.agency.slug, { text, fileName: "inherited.csv" })).toMatchObject({
      ok: true,
      data: { counts: { accounts: { created: 0, updated: 0, unchanged: 1 } } },
    });
    const stored = await db.admin.account.findFirstOrThrow({
      where: { agencyId: a.agency.id, name: "Inherited book" },
    });
    expect(stored.startDate).toBeNull();
  });
});
