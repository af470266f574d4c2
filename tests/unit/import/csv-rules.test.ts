import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { escapeCell } from "../../../lib/domain/export/csv";
import { autoMap, IMPORT_FIELDS } from "../../../lib/domain/import/columns";
import { parseCsv } from "../../../lib/domain/import/parse";
import { validateRows } from "../../../lib/domain/import/validate";
import { cleanCell, readDate, readEnum, readMoney } from "../../../lib/domain/import/values";

describe("cell readers", () => {
  it("reads money as people write it, and refuses negatives, three decimals and words", () => {
    for (const [text, value] of [
      ["4500", "4500.00"],
      ["4,500.00", "4500.00"],
      ["$ 4 500.5", "4500.50"],
      ["1,234,567", "1234567.00"],
      ["900 USD", "900.00"],
    ]) {
      expect(readMoney(text!)).toEqual({ ok: true, value });
    }
    for (const text of ["-5", "(5)", "4.505", "45,00", "four", "1,23,456"])
      expect(readMoney(text).ok, text).toBe(false);
  });

  it("reads ISO dates always and day/month/year only when told, refusing impossible days", () => {
    expect(readDate("2026-03-04", "ISO")).toEqual({ ok: true, value: "2026-03-04" });
    expect(readDate("04/03/2026", "DMY")).toEqual({ ok: true, value: "2026-03-04" });
    expect(readDate("4.3.2026", "DMY")).toEqual({ ok: true, value: "2026-03-04" });
    expect(readDate("04/03/2026", "ISO").ok).toBe(false);
    expect(readDate("31/02/2026", "DMY").ok).toBe(false);
    expect(readDate("2260-01-01", "ISO").ok).toBe(false);
  });

  it("reads enums regardless of case and separators", () => {
    const tiers = ["TIER_1", "TIER_2", "TIER_3"] as const;
    expect(readEnum("tier 2", tiers, "tier")).toEqual({ ok: true, value: "TIER_2" });
    expect(readEnum("Tier-3", tiers, "tier")).toEqual({ ok: true, value: "TIER_3" });
    expect(readEnum("Gold", tiers, "tier")).toMatchObject({ ok: false, message: expect.stringContaining("Gold") });
  });
});

describe("formula guard", () => {
  it("prefixes formula-like text with an apostrophe and the importer takes it off again", () => {
    for (const text of ["=1+2", "+44 20", "-x", "@SUM(A1)", "\tTab"]) {
      const written = escapeCell(text);
      expect(written.replace(/^"|"$/g, "").startsWith("'"), text).toBe(true);
      expect(cleanCell(written.replace(/^"|"$/g, "").replace(/""/g, '"')), text).toBe(text);
    }
    expect(escapeCell('Say "hi", then\nleave')).toBe('"Say ""hi"", then\nleave"');
    expect(escapeCell(-5)).toBe("-5"); // numbers we write are not free text
  });
});

describe("headers and the template", () => {
  it("matches headers by field name, label or alias, each column once", () => {
    const mapping = autoMap(["\uFEFFClient", "Tier", "Account name", "AM", "MRR", "Email", "Status"]);
    expect(mapping).toMatchObject({
      client_name: 0,
      client_tier: 1,
      account_name: 2,
      am_email: 3,
      monthly_value: 4,
      contact_email: 5,
      account_status: 6,
      client_status: null,
    });
  });

  it("matches an agency's own spreadsheet headings: primary contact, retainer, fee", () => {
    const first = autoMap([
      "Client Name",
      "Primary Contact",
      "Primary Contact Email",
      "Monthly Retainer",
      "Account Manager",
    ]);
    expect(first).toMatchObject({ client_name: 0, contact_name: 1, contact_email: 2, monthly_value: 3, am_email: 4 });
    expect(autoMap(["Company", "Fee", "Main contact"])).toMatchObject({ monthly_value: 1, contact_name: 2 });
    expect(autoMap(["Customer", "Monthly fee", "Contract start", "Contract end"])).toMatchObject({
      monthly_value: 1,
      start_date: 2,
      renewal_date: 3,
    });
  });

  it("the downloadable template maps every field and has no cell errors", () => {
    const parsed = parseCsv(readFileSync("public/import-template.csv", "utf8"));
    if (!parsed.ok) throw new Error(parsed.message);
    const mapping = autoMap(parsed.file.headers);
    expect(IMPORT_FIELDS.every((f) => mapping[f] !== null)).toBe(true);
    expect(validateRows(parsed.file, mapping, "ISO")).toMatchObject({ errors: [], rows: { length: 3 } });
  });

  it("keeps spreadsheet row numbers across blank rows and line breaks inside quotes", () => {
    const parsed = parseCsv('client_name,note\n"A\nB",x\n\n , \nC,y\n,\n');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.file.rows.map((r) => [r.rowNumber, r.cells[0]])).toEqual([
      [2, "A\nB"],
      [5, "C"],
    ]);
  });
});
