import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { signInAs } from "../support/session";
import { createAgencyFixture, type AgencyFixture } from "../factories/tenants";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { commitImport, previewImport } = await import("../../lib/actions/import");

let db: AppTestDatabase;
let a: AgencyFixture;

const HEADER =
  "client_name,client_tier,client_industry,client_since,account_name,am_email,monthly_value,start_date," +
  "renewal_date,contact_name,contact_email,contact_title,contact_phone";

/** One row of Clearco's book; `cells` overrides columns by header name. */
function file(cells: Record<string, string> = {}) {
  const row: Record<string, string> = {
    client_name: "Clearco",
    client_tier: "TIER_2",
    client_industry: "Retail",
    client_since: "2024-01-01",
    account_name: "Retainer",
    am_email: a.users.am.email,
    monthly_value: "4500",
    start_date: "2025-01-01",
    renewal_date: "2027-01-31",
    contact_name: "Dana Reyes",
    contact_email: "dana@clearco.test",
    contact_title: "Head of Marketing",
    contact_phone: "+1 555 0100",
    ...cells,
  };
  return `${HEADER}\n${HEADER.split(",")
    .map((h) => row[h])
    .join(",")}\n`;
}

const stored = async () => {
  const client = await db.admin.client.findFirstOrThrow({ where: { agencyId: a.agency.id, name: "Clearco" } });
  const account = await db.admin.account.findFirstOrThrow({ where: { clientId: client.id, name: "Retainer" } });
  const contact = await db.admin.contact.findFirstOrThrow({ where: { clientId: client.id } });
  return { client, account, contact };
};

beforeAll(async () => {
  db = await useAppTestDatabase();
  a = await createAgencyFixture(db.admin, "Clearing");
  signInAs(a.users.leader);
  expect(await commitImport(a.agency.slug, { text: file() })).toMatchObject({ ok: true });
});
afterAll(async () => db.close());
beforeEach(() => signInAs(a.users.leader));

describe("clearing a stored value from the file", () => {
  it("a blank cell keeps the stored value", async () => {
    const blanks = file({ client_industry: "", renewal_date: "", contact_phone: "" });
    expect(await commitImport(a.agency.slug, { text: blanks })).toMatchObject({
      ok: true,
      data: { counts: { clients: { unchanged: 1 }, accounts: { unchanged: 1 }, contacts: { unchanged: 1 } } },
    });
    const { client, account, contact } = await stored();
    expect([client.industry, account.renewalDate?.toISOString().slice(0, 10), contact.phone]).toEqual([
      "Retail",
      "2027-01-31",
      "+1 555 0100",
    ]);
  });

  it("(clear) empties it: the preview lists what it would empty, the import does, and the account version moves", async () => {
    const text = file({
      client_industry: "(clear)",
      client_since: "(CLEAR)",
      renewal_date: " (clear) ",
      contact_title: "(clear)",
      contact_phone: "(clear)",
    });
    const preview = await previewImport(a.agency.slug, { text });
    expect(preview).toMatchObject({
      ok: true,
      data: {
        errors: [],
        counts: { clients: { updated: 1 }, accounts: { updated: 1 }, contacts: { updated: 1 } },
      },
    });
    if (!preview.ok) return;
    expect(preview.data.cleared).toEqual([
      { field: "client_industry", count: 1 },
      { field: "client_since", count: 1 },
      { field: "renewal_date", count: 1 },
      { field: "contact_title", count: 1 },
      { field: "contact_phone", count: 1 },
    ]);
    const versionBefore = (await stored()).account.version;
    expect(await commitImport(a.agency.slug, { text })).toMatchObject({ ok: true });
    const { client, account, contact } = await stored();
    expect(client).toMatchObject({ industry: null, clientSince: null, tier: "TIER_2" });
    expect(account).toMatchObject({ renewalDate: null, version: versionBefore + 1 });
    expect(account.monthlyValue.toFixed(2)).toBe("4500.00");
    expect(contact).toMatchObject({ title: null, phone: null, email: "dana@clearco.test" });

    // The same file again: nothing left to empty, nothing changes.
    const again = await previewImport(a.agency.slug, { text });
    expect(again).toMatchObject({
      ok: true,
      data: { cleared: [], counts: { clients: { updated: 0 }, accounts: { updated: 0 }, contacts: { updated: 0 } } },
    });
  });

  it("(clear) in a column that cannot be empty is a problem of that cell, and nothing is written", async () => {
    const before = await stored();
    const text = file({
      client_industry: "Hospitality",
      client_tier: "(clear)",
      monthly_value: "(clear)",
      start_date: "(clear)",
      am_email: "(clear)",
      contact_email: "(clear)",
    });
    const preview = await previewImport(a.agency.slug, { text });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.data.errors.map((e) => e.column)).toEqual([
      "client_tier",
      "am_email",
      "monthly_value",
      "start_date",
      "contact_email",
    ]);
    expect(preview.data.errors[0]?.message).toMatch(/cannot be emptied/);
    expect(await commitImport(a.agency.slug, { text })).toMatchObject({ ok: false, code: "invalid" });
    expect(await stored()).toEqual(before);
  });

  it("a new client, account and contact take (clear) as empty", async () => {
    const text = file({ client_name: "Freshco", client_industry: "(clear)", renewal_date: "(clear)" });
    expect(await commitImport(a.agency.slug, { text })).toMatchObject({
      ok: true,
      data: { counts: { clients: { created: 1 }, accounts: { created: 1 } } },
    });
    const client = await db.admin.client.findFirstOrThrow({ where: { agencyId: a.agency.id, name: "Freshco" } });
    expect(client.industry).toBeNull();
    const account = await db.admin.account.findFirstOrThrow({ where: { clientId: client.id } });
    expect(account.renewalDate).toBeNull();
  });
});
