import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { signInAs } from "../support/session";
import { createAgencyFixture, type AgencyFixture } from "../factories/tenants";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { commitImport, previewImport } = await import("../../lib/actions/import");

let db: AppTestDatabase;
let a: AgencyFixture;

/**
 * A new agency's own spreadsheet, as it comes: its own headings (Company, Engagement, Account Manager, Monthly
 * Retainer, MRR, Fee, Primary Contact) and no start dates. The fixture's client already has a "Retainer" account
 * that started on 2026-01-01.
 */
const sheet = (f = a) =>
  [
    "Company,Tier,Engagement,Account Manager,Monthly Retainer,Primary Contact,Primary Contact Email",
    `Harbor Books,2,Social,${f.users.am.email},"3,200",Lee Park,lee@harbor.test`,
    `Pine & Co,3,SEO,${f.users.am.email},900,Ana Silva,ana@pine.test`,
    `${f.client.name},1,Retainer,${f.users.am.email},5000,,`,
  ].join("\n");

beforeAll(async () => {
  db = await useAppTestDatabase();
  a = await createAgencyFixture(db.admin, "Ownsheet");
});
afterAll(async () => db.close());
beforeEach(() => signInAs(a.users.leader));

describe("an agency's own spreadsheet", () => {
  it("its headings are matched to the import's columns, MRR and Fee included", async () => {
    const preview = await previewImport(a.agency.slug, { text: sheet(), defaultStartDate: "2026-03-01" });
    expect(preview).toMatchObject({
      ok: true,
      data: {
        mapping: {
          client_name: 0,
          client_tier: 1,
          account_name: 2,
          am_email: 3,
          monthly_value: 4,
          contact_name: 5,
          contact_email: 6,
        },
      },
    });
    for (const heading of ["MRR", "Fee"]) {
      const text = `Client,Tier,${heading}\nAcme,1,100`;
      const result = await previewImport(a.agency.slug, { text });
      expect(result.ok && result.data.mapping.monthly_value).toBe(2);
    }
  });

  it("without a chosen date, new accounts are imported with an unknown start (NULL); the stored one keeps its own", async () => {
    const other = await createAgencyFixture(db.admin, "Unknownstart");
    signInAs(other.users.leader);
    const preview = await previewImport(other.agency.slug, { text: sheet(other), defaultStartDate: null });
    expect(preview).toMatchObject({ ok: true, data: { errors: [], counts: { accounts: { created: 2, updated: 1 } } } });
    expect(preview.ok && preview.data.newWithoutStartDate).toBe(2); // what the preview says the choice applies to
    expect(await commitImport(other.agency.slug, { text: sheet(other) })).toMatchObject({ ok: true });
    const accounts = await db.admin.account.findMany({
      where: { agencyId: other.agency.id },
      select: { name: true, startDate: true },
      orderBy: { name: "asc" },
    });
    expect(accounts.map((x) => [x.name, x.startDate?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["Retainer", "2026-01-01"],
      ["SEO", null],
      ["Social", null],
    ]);
    // The same file again changes nothing: a blank cell leaves an unknown start unknown.
    const again = await previewImport(other.agency.slug, { text: sheet(other), defaultStartDate: "2026-03-01" });
    expect(again).toMatchObject({ ok: true, data: { newWithoutStartDate: 0, counts: { accounts: { unchanged: 3 } } } });
  });

  it("with a chosen start date, new accounts take it and the stored account keeps its own", async () => {
    const text = sheet();
    const preview = await previewImport(a.agency.slug, { text, defaultStartDate: "2026-03-01" });
    expect(preview).toMatchObject({
      ok: true,
      data: {
        errors: [],
        newWithoutStartDate: 2,
        counts: { accounts: { created: 2, updated: 1 }, contacts: { created: 2 } },
      },
    });
    expect(
      await commitImport(a.agency.slug, { text, defaultStartDate: "2026-03-01", fileName: "our-book.csv" }),
    ).toMatchObject({ ok: true, data: { rowCount: 3 } });
    const accounts = await db.admin.account.findMany({
      where: { agencyId: a.agency.id },
      select: { name: true, startDate: true, monthlyValue: true },
      orderBy: { name: "asc" },
    });
    expect(accounts.map((x) => [x.name, x.startDate?.toISOString().slice(0, 10), x.monthlyValue.toFixed(2)])).toEqual([
      ["Retainer", "2026-01-01", "5000.00"],
      ["SEO", "2026-03-01", "900.00"],
      ["Social", "2026-03-01", "3200.00"],
    ]);
    const lee = await db.admin.contact.findFirstOrThrow({ where: { agencyId: a.agency.id, email: "lee@harbor.test" } });
    expect(lee.name).toBe("Lee Park");
  });
});
