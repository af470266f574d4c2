import {
  ACCOUNT_DETAIL_FIELDS,
  CLEAR_MARKER,
  FIELD_LABEL,
  isClearMarker,
  type ColumnMapping,
  type ImportField,
} from "./columns";
import type { ParsedFile } from "./parse";
import { cleanCell, readDate, readEmail, readEnum, readMoney, readText, type DateFormat, type Read } from "./values";

export const TIERS = ["TIER_1", "TIER_2", "TIER_3"] as const;
export const CLIENT_STATUSES = ["ACTIVE", "PAUSED", "CHURNED"] as const;
export const ACCOUNT_KINDS = ["RETAINER", "PROJECT"] as const;
export const COMPLEXITIES = ["LOW", "STANDARD", "HIGH"] as const;
export const ACCOUNT_STATUSES = ["ACTIVE", "AT_RISK", "PAUSED", "CHURNED"] as const;

/** One problem, pointing at the spreadsheet cell to fix. `column` is the file's header (or the field, if unmapped). */
export type RowError = { row: number; column: string; message: string };

/**
 * Fields left blank are undefined: on an existing row they keep the current value; on a new one the default. Null is
 * a "(clear)" cell: the stored value is emptied.
 */
export type ClientValues = {
  name: string;
  tier?: (typeof TIERS)[number];
  status?: (typeof CLIENT_STATUSES)[number];
  industry?: string | null;
  clientSince?: string | null;
};
export type AccountValues = {
  name: string;
  amEmail?: string;
  kind?: (typeof ACCOUNT_KINDS)[number];
  monthlyValue?: string;
  complexity?: (typeof COMPLEXITIES)[number];
  status?: (typeof ACCOUNT_STATUSES)[number];
  startDate?: string;
  renewalDate?: string | null;
};
export type ContactValues = { name: string; email?: string; title?: string | null; phone?: string | null };

export type ValidRow = {
  rowNumber: number;
  client: ClientValues;
  account?: AccountValues;
  contact?: ContactValues;
  /**
   * Fields whose cells could not be read (already reported). The row still goes on to be matched against the agency,
   * so its other problems (an unknown AM, a repeated account) are reported in the same pass, but it is never written:
   * any problem refuses the whole import.
   */
  unreadable: ImportField[];
};

export type ValidationResult = { rows: ValidRow[]; errors: RowError[] };

const CONTACT_FIELDS: ImportField[] = ["contact_email", "contact_title", "contact_phone"];

/** Checks every mapped cell of every row and reports every problem (not only the first per row). */
export function validateRows(file: ParsedFile, mapping: ColumnMapping, dateFormat: DateFormat): ValidationResult {
  const rows: ValidRow[] = [];
  const errors: RowError[] = [];
  const column = (field: ImportField) => {
    const index = mapping[field];
    return index === null ? FIELD_LABEL[field] : file.headers[index] || FIELD_LABEL[field];
  };
  for (const { rowNumber, cells } of file.rows) {
    const rowErrors: RowError[] = [];
    const unreadable: ImportField[] = [];
    const cell = (field: ImportField) => {
      const index = mapping[field];
      return index === null ? "" : cleanCell(cells[index]);
    };
    function read<T>(field: ImportField, reader: (text: string) => Read<T>): T | undefined {
      const text = cell(field);
      if (text === "") return undefined;
      if (isClearMarker(text)) {
        const message = `${FIELD_LABEL[field]} cannot be emptied with ${CLEAR_MARKER}: leave the cell blank to keep it.`;
        rowErrors.push({ row: rowNumber, column: column(field), message });
        unreadable.push(field);
        return undefined;
      }
      const result = reader(text);
      if (result.ok) return result.value;
      rowErrors.push({ row: rowNumber, column: column(field), message: result.message });
      unreadable.push(field);
      return undefined;
    }
    /** For columns that may be empty: "(clear)" reads as null (empty it), anything else as `read` does. */
    function readOrClear<T>(field: ImportField, reader: (text: string) => Read<T>): T | null | undefined {
      return isClearMarker(cell(field)) ? null : read(field, reader);
    }
    const fail = (field: ImportField, message: string) =>
      rowErrors.push({ row: rowNumber, column: column(field), message });

    const clientName = read("client_name", (t) => readText(t.replace(/\s+/g, " "), 160, "client name"));
    if (cell("client_name") === "") fail("client_name", "The client name is missing.");
    const client: Omit<ClientValues, "name"> = {
      tier: read("client_tier", (t) => readEnum(t, TIERS, "tier", { "1": "TIER_1", "2": "TIER_2", "3": "TIER_3" })),
      status: read("client_status", (t) => readEnum(t, CLIENT_STATUSES, "client status")),
      industry: readOrClear("client_industry", (t) => readText(t, 80, "industry")),
      clientSince: readOrClear("client_since", (t) => readDate(t, dateFormat)),
    };

    const accountName = read("account_name", (t) => readText(t, 160, "account name"));
    const account: Omit<AccountValues, "name"> = {
      amEmail: read("am_email", (t) => readEmail(t, "account manager email")),
      kind: read("account_kind", (t) => readEnum(t, ACCOUNT_KINDS, "account kind")),
      monthlyValue: read("monthly_value", readMoney),
      complexity: read("complexity", (t) => readEnum(t, COMPLEXITIES, "complexity", { MEDIUM: "STANDARD" })),
      status: read("account_status", (t) => readEnum(t, ACCOUNT_STATUSES, "account status")),
      startDate: read("start_date", (t) => readDate(t, dateFormat)),
      renewalDate: readOrClear("renewal_date", (t) => readDate(t, dateFormat)),
    };
    if (account.startDate && account.renewalDate && account.renewalDate < account.startDate) {
      fail("renewal_date", "The renewal date is before the start date.");
    }
    if (!accountName && !unreadable.includes("account_name") && ACCOUNT_DETAIL_FIELDS.some((f) => cell(f) !== "")) {
      fail("account_name", "The account name is missing (or leave all account columns empty).");
    }

    const contactName = read("contact_name", (t) => readText(t, 120, "contact name"));
    const contact: Omit<ContactValues, "name"> = {
      email: read("contact_email", (t) => readEmail(t, "contact email")),
      title: readOrClear("contact_title", (t) => readText(t, 120, "contact title")),
      phone: readOrClear("contact_phone", (t) => readText(t, 40, "contact phone")),
    };
    if (!contactName && !unreadable.includes("contact_name") && CONTACT_FIELDS.some((f) => cell(f) !== "")) {
      fail("contact_name", "The contact name is missing (or leave all contact columns empty).");
    }

    errors.push(...rowErrors);
    if (!clientName) continue; // nothing to match it by
    rows.push({
      rowNumber,
      unreadable,
      client: { name: clientName, ...client },
      account: accountName ? { name: accountName, ...account } : undefined,
      contact: contactName ? { name: contactName, ...contact } : undefined,
    });
  }
  return { rows, errors };
}
