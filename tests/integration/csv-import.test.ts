import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { addMember } from "../factories/members";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { commitImport, previewImport } = await import("../../lib/actions/import");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;

const HEADER = "client_name,client_tier,account_name,am_email,monthly_value,start_date,contact_name,contact_email";

const clientCount = (f: AgencyFixture) => db.admin.client.count({ where: { agencyId: f.agency.id } });
const accountCount = (f: AgencyFixture) => db.admin.account.count({ where: { agencyId: f.agency.id } });
const contactCount = (f: AgencyFixture) => db.admin.contact.count({ where: { agencyId: f.agency.id } });

setUpTwoAgencies((s) => ({ db, a, b } = s));
beforeEach(() => signInAsMember(a, "leader"));

describe("awkward files", () => {
  it("reads a BOM, semicolons, quoted separators and line breaks, money with commas and day/month/year dates", async () => {
    const am = a.users.am.email;
    const text =
      "\uFEFFClient;Tier;Account;AM;Monthly value;Start;Contact;Contact email\r\n" +
      `"Bright; Bold Ltd";Tier 2;"Social, paid";${am};"4,500.00";31/01/2026;"Ana\nPereira";ana@bright.test\r\n` +
      `Bright; Bold Ltd;;;;;;\r\n`.replace("Bright; Bold Ltd", '"Bright; Bold Ltd"') +
      `  Quiet Co  ;3;Retainer;${am.toUpperCase()};4500;01/02/2026;;\r\n` +
      ";;;;;;;\r\n\r\n";
    const preview = await previewImport(a.agency.slug, { text, dateFormat: "DMY" });
    expect(preview).toMatchObject({ ok: true, data: { delimiter: ";", rowCount: 3, errors: [] } });
    if (!preview.ok) return;
    expect(preview.data.mapping).toMatchObject({ client_name: 0, client_tier: 1, account_name: 2, am_email: 3 });
    expect(preview.data.counts).toEqual({
      clients: { created: 2, updated: 0, unchanged: 0 },
      accounts: { created: 2, updated: 0, unchanged: 0 },
      contacts: { created: 1, updated: 0, unchanged: 0 },
    });
    const before = await clientCount(a);
    expect(await commitImport(a.agency.slug, { text, dateFormat: "DMY", fileName: "awkward.csv" })).toMatchObject({
      ok: true,
      data: { rowCount: 3 },
    });
    expect(await clientCount(a)).toBe(before + 2);
    const social = await db.admin.account.findFirstOrThrow({
      where: { agencyId: a.agency.id, name: "Social, paid" },
      include: { client: true },
    });
    expect(social.client).toMatchObject({ name: "Bright; Bold Ltd", tier: "TIER_2" });
    expect(social.monthlyValue.toFixed(2)).toBe("4500.00");
    expect(social.startDate?.toISOString().slice(0, 10)).toBe("2026-01-31");
    expect(social.amId).toBe(a.memberships.am.id);
    const quiet = await db.admin.client.findFirstOrThrow({ where: { agencyId: a.agency.id, name: "Quiet Co" } });
    expect(quiet.tier).toBe("TIER_3");
    const contact = await db.admin.contact.findFirstOrThrow({
      where: { agencyId: a.agency.id, clientId: social.clientId },
    });
    expect(contact.name).toBe("Ana\nPereira");
    const audit = await db.admin.auditEvent.findMany({ where: { agencyId: a.agency.id, action: "import.completed" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({
      fileName: "awkward.csv",
      rows: 3,
      counts: { clients: { created: 2 }, accounts: { created: 2 }, contacts: { created: 1 } },
    });
  });

  it("a file with bad rows imports nothing and reports every bad row, duplicates included", async () => {
    const am = a.users.am.email;
    const rows = [
      `Good One,TIER_1,Retainer,${am},1000,2026-01-01,,`,
      `Bad Tier,TIER_9,Retainer,${am},1000,2026-01-01,,`,
      `Good Two,TIER_1,Retainer,nobody@nowhere.test,1000,2026-01-01,,`,
      `Good Three,TIER_2,Retainer,stranger@nowhere.test,-5,2026-13-01,,`,
      `Good One,TIER_1,Retainer,${am},1000,2026-01-01,,`,
      `Good Four,TIER_3,Retainer,${am},1000,2026-01-01,Sam,not-an-email`,
      `Good Five,TIER_3,Retainer,${a.users.pm.email},1000,2026-01-01,,`,
    ];
    const text = [HEADER, ...rows].join("\n");
    const counts = [await clientCount(a), await accountCount(a), await contactCount(a)];
    const result = await commitImport(a.agency.slug, { text });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    expect([await clientCount(a), await accountCount(a), await contactCount(a)]).toEqual(counts);
    const preview = await previewImport(a.agency.slug, { text });
    if (!preview.ok) throw new Error("preview failed");
    const errors = preview.data.errors.map((e) => `${e.row} ${e.column}`);
    expect(errors).toEqual([
      "3 client_tier",
      "4 am_email",
      "5 monthly_value",
      "5 start_date",
      "5 am_email", // matched against the agency although other cells were unreadable
      "6 account_name", // the same account as row 2
      "7 contact_email",
      "8 am_email", // a PM is not an account manager
    ]);
    expect(preview.data.errors[0]?.message).toMatch(/Unknown tier "TIER_9"/);
    expect(!result.ok && result.current).toMatchObject({ errorCount: 8 });
  });

  it("a clean file imports exactly its rows, and importing it again creates no duplicates", async () => {
    const am = a.users.am.email;
    const rows = Array.from(
      { length: 25 },
      (_, i) => `Repeat ${i % 10},TIER_2,Account ${i},${am},${1000 + i},2026-02-01,Person ${i % 10},p${i % 10}@x.test`,
    );
    const text = [HEADER, ...rows].join("\n");
    const before = [await clientCount(a), await accountCount(a), await contactCount(a)];
    const first = await commitImport(a.agency.slug, { text });
    expect(first).toMatchObject({
      ok: true,
      data: { counts: { clients: { created: 10 }, accounts: { created: 25 }, contacts: { created: 10 } } },
    });
    const after = [await clientCount(a), await accountCount(a), await contactCount(a)];
    expect(after).toEqual([before[0]! + 10, before[1]! + 25, before[2]! + 10]);
    const again = await commitImport(a.agency.slug, { text: text.toUpperCase().replace(/@X.TEST/g, "@x.test") });
    expect(again).toMatchObject({
      ok: true,
      data: {
        counts: {
          clients: { created: 0, updated: 0, unchanged: 10 },
          accounts: { created: 0, updated: 0, unchanged: 25 },
          contacts: { created: 0 },
        },
      },
    });
    expect([await clientCount(a), await accountCount(a), await contactCount(a)]).toEqual(after);
  });

  it("re-importing with changes updates in place and bumps the account version", async () => {
    const other = await addMember(db.admin, a.agency.id, ["AM"], { label: "am2" });
    const text = `client_name,account_name,am_email,monthly_value,account_status\n${a.client.name},Retainer,${other.user.email},"5,000",AT_RISK`;
    const result = await commitImport(a.agency.slug, { text });
    expect(result).toMatchObject({ ok: true, data: { counts: { accounts: { updated: 1, created: 0 } } } });
    const account = await db.admin.account.findUniqueOrThrow({ where: { id: a.account.id } });
    expect(account).toMatchObject({ amId: other.membership.id, status: "AT_RISK", version: 2 });
    expect(account.monthlyValue.toFixed(2)).toBe("5000.00");
  });

  it("refuses files that are not CSV, too long, or without a client name column", async () => {
    expect(await previewImport(a.agency.slug, { text: "name\n" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await previewImport(a.agency.slug, { text: 'client_name\n"unclosed' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/quoted field/),
    });
    const long = ["client_name", ...Array.from({ length: 10_001 }, (_, i) => `C${i}`)].join("\n");
    expect(await previewImport(a.agency.slug, { text: long })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/limit is 10,000/),
    });
    expect(await previewImport(a.agency.slug, { text: "foo,bar\n1,2" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/client name/),
    });
    expect(
      await previewImport(a.agency.slug, { text: "foo,bar\nX,TIER_1", mapping: { client_name: 0, client_tier: 1 } }),
    ).toMatchObject({ ok: true, data: { errors: [], counts: { clients: { created: 1 } } } });
  });
});

describe("who may import", () => {
  it("refuses AMs, and another agency's leader cannot import into this one", async () => {
    const text = `client_name,client_tier\nIntruder Co,TIER_1`;
    signInAsMember(a, "am");
    expect(await commitImport(a.agency.slug, { text })).toMatchObject({ ok: false, code: "forbidden" });
    signInAsMember(b, "leader");
    expect(await previewImport(a.agency.slug, { text })).toMatchObject({ ok: false, code: "not_found" });
    expect(await commitImport(a.agency.slug, { text })).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.admin.client.count({ where: { name: "Intruder Co" } })).toBe(0);
  });

  it("names that exist in another agency match nothing there: B's client and account stay as they were", async () => {
    const before = await db.admin.account.findUniqueOrThrow({ where: { id: b.account.id }, include: { client: true } });
    const text = `client_name,client_tier,account_name,am_email,monthly_value,start_date\n${b.client.name},TIER_3,Retainer,${a.users.am.email},1,2026-05-01`;
    const result = await commitImport(a.agency.slug, { text });
    expect(result).toMatchObject({ ok: true, data: { counts: { clients: { created: 1 }, accounts: { created: 1 } } } });
    expect(
      await db.admin.account.findUniqueOrThrow({ where: { id: b.account.id }, include: { client: true } }),
    ).toEqual(before);
    const copy = await db.admin.client.findFirstOrThrow({ where: { agencyId: a.agency.id, name: b.client.name } });
    expect(copy.tier).toBe("TIER_3");
  });

  it("an AM of another agency is an unknown email here", async () => {
    const text = `client_name,client_tier,account_name,am_email,start_date\nCross Co,TIER_1,Retainer,${b.users.am.email},2026-01-01`;
    const preview = await previewImport(a.agency.slug, { text });
    expect(preview).toMatchObject({ ok: true, data: { errors: [{ row: 2, column: "am_email" }] } });
  });
});
