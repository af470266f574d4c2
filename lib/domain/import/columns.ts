/**
 * The import file's fields. One CSV row describes a client and, optionally, one of its accounts and one of its
 * contacts, so a spreadsheet with one line per account (the usual shape) imports as it is. The same headers are what
 * the accounts export writes, which is what makes export → re-import a round trip.
 */
const CLIENT_FIELDS = ["client_name", "client_tier", "client_status", "client_industry", "client_since"] as const;
/** An account's columns other than its name: a row naming no account must leave them empty. */
export const ACCOUNT_DETAIL_FIELDS = [
  "am_email",
  "account_kind",
  "monthly_value",
  "complexity",
  "account_status",
  "start_date",
  "renewal_date",
] as const;
/** A client and one of its accounts: the headers the accounts export writes. */
export const ACCOUNT_ROW_FIELDS = [...CLIENT_FIELDS, "account_name", ...ACCOUNT_DETAIL_FIELDS] as const;
export const IMPORT_FIELDS = [
  ...ACCOUNT_ROW_FIELDS,
  "contact_name",
  "contact_email",
  "contact_title",
  "contact_phone",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const FIELD_LABEL: Record<ImportField, string> = {
  client_name: "Client name",
  client_tier: "Client tier",
  client_status: "Client status",
  client_industry: "Industry",
  client_since: "Client since",
  account_name: "Account name",
  am_email: "Account manager email",
  account_kind: "Account kind",
  monthly_value: "Monthly value",
  complexity: "Complexity",
  account_status: "Account status",
  start_date: "Start date",
  renewal_date: "Renewal date",
  contact_name: "Contact name",
  contact_email: "Contact email",
  contact_title: "Contact title",
  contact_phone: "Contact phone",
};

/**
 * A cell reading "(clear)" (any case, spaces around ignored) empties the stored value, where the column may be empty;
 * a blank cell keeps what is stored, so a file with a few columns filled in updates only those.
 */
export const CLEAR_MARKER = "(clear)";
export const isClearMarker = (text: string | undefined) => (text ?? "").trim().toLowerCase() === CLEAR_MARKER;

/** The columns whose stored value may be emptied: the others are required (or, for contact email, the match key). */
export const CLEARABLE_FIELDS = [
  "client_industry",
  "client_since",
  "renewal_date",
  "contact_title",
  "contact_phone",
] as const satisfies readonly ImportField[];
export type ClearableField = (typeof CLEARABLE_FIELDS)[number];

/** Other spellings people use for the same column (compared after normalizing case, spaces and punctuation). */
const ALIASES: Partial<Record<ImportField, string[]>> = {
  client_name: ["client", "company", "customer", "client company"],
  client_tier: ["tier"],
  client_status: [],
  client_industry: ["industry", "sector"],
  client_since: ["customer since"],
  account_name: ["account", "engagement"],
  am_email: ["am", "owner", "owner email", "account manager", "account manager email", "am e mail"],
  account_kind: ["kind", "type", "account type"],
  monthly_value: [
    "value",
    "mrr",
    "monthly revenue",
    "monthly fee",
    "retainer value",
    "monthly retainer",
    "retainer",
    "fee",
    "fees",
  ],
  account_status: ["status"],
  start_date: ["start", "started", "account start", "contract start", "start of contract"],
  renewal_date: ["renewal", "renews", "renewal due", "contract end", "end date"],
  contact_name: ["contact", "contact person", "primary contact", "main contact", "key contact"],
  contact_email: ["email", "e mail", "primary contact email", "main contact email", "contact e mail"],
  contact_title: ["title", "job title", "role", "primary contact title"],
  contact_phone: ["phone", "telephone", "primary contact phone", "main contact phone"],
};

export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Column index per field, or null. Each header is used at most once; exact field names win over aliases. */
export type ColumnMapping = Record<ImportField, number | null>;

export function autoMap(headers: readonly string[]): ColumnMapping {
  const normalized = headers.map(normalizeHeader);
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;
  const used = new Set<number>();
  const claim = (field: ImportField, candidates: string[]) => {
    if (mapping[field] !== null) return;
    const index = normalized.findIndex((h, i) => !used.has(i) && candidates.includes(h));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  };
  for (const field of IMPORT_FIELDS) {
    claim(field, [normalizeHeader(field), normalizeHeader(FIELD_LABEL[field])]);
  }
  for (const field of IMPORT_FIELDS) claim(field, (ALIASES[field] ?? []).map(normalizeHeader));
  return mapping;
}
