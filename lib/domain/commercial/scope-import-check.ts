/**
 * Scope-request CSV, the pure half: one row per out-of-scope request (asked when, on which client and account, by
 * which contact, what, the estimate and the decision). The scope-requests export writes these headers, so exporting
 * and importing back changes nothing. No I/O: runs in defineAction's `prepare`, before any transaction.
 */
import { columnFileCheck, type CheckedFile, type ColumnSpec, type FieldMapping } from "@/lib/domain/import/column-file";
import { readDate, readDecimal, readEnum, readText, toHundredths, type Read } from "@/lib/domain/import/values";
import { COMMERCIAL_LIMITS, SCOPE_DECISIONS, type ScopeDecisionValue } from "./schemas";
import { ACCOUNT_NAME_ALIASES, ACCOUNT_NAME_LABELS, readAccountNames } from "./account-match";

export const SCOPE_IMPORT_FIELDS = [
  "asked_on",
  "client_name",
  "account_name",
  "asked_by",
  "summary",
  "estimate_hours",
  "decision",
] as const;
export type ScopeImportField = (typeof SCOPE_IMPORT_FIELDS)[number];
export type ScopeImportMapping = FieldMapping<ScopeImportField>;

export const SCOPE_IMPORT_LABEL: Record<ScopeImportField, string> = {
  asked_on: "Asked on",
  ...ACCOUNT_NAME_LABELS,
  asked_by: "Asked by",
  summary: "Request",
  estimate_hours: "Estimate (hours)",
  decision: "Decision",
};

const SPEC: ColumnSpec<ScopeImportField> = {
  fields: SCOPE_IMPORT_FIELDS,
  labels: SCOPE_IMPORT_LABEL,
  aliases: {
    asked_on: ["date", "asked", "requested on", "date asked", "requested"],
    client_name: ["client", "customer", "company"],
    ...ACCOUNT_NAME_ALIASES,
    asked_by: ["contact", "requested by", "requester", "who asked"],
    summary: ["request", "description", "what was asked", "ask"],
    estimate_hours: ["estimate", "hours", "estimated hours", "estimate h", "effort"],
    decision: ["outcome", "status", "result"],
  },
  required: ["asked_on", "client_name", "summary", "estimate_hours", "decision"],
};

/** "3", "2.5", "2,5" → hours with two decimals, 0 to the column's limit (a declined request may have no estimate). */
export function readEstimate(text: string): Read<number> {
  const value = readDecimal(text);
  if (!Number.isFinite(value)) return { ok: false, message: `"${text}" is not a number of hours: write 3 or 2.5.` };
  if (value > COMMERCIAL_LIMITS.estimateMax) {
    return { ok: false, message: `An estimate is at most ${COMMERCIAL_LIMITS.estimateMax} hours.` };
  }
  return { ok: true, value: toHundredths(value) };
}

/** "Absorbed", "declined", "change order", "CO" … → the decision. */
export const readDecision = (text: string) =>
  readEnum<ScopeDecisionValue>(text, SCOPE_DECISIONS, "decision", {
    CO: "CHANGE_ORDER",
    CHANGEREQUEST: "CHANGE_ORDER",
  });

export const checkScopeFile = columnFileCheck(SPEC, (row) => {
  const askedOn = row.need("asked_on", "The date it was asked is missing.", (t) => readDate(t, row.dateFormat));
  const { clientName, accountName } = readAccountNames(row);
  const askedBy = row.text("asked_by", 120, "contact name");
  const summary = row.need("summary", "What was asked is missing.", (t) =>
    t.length < 3
      ? { ok: false, message: "Say what was asked in 3 characters or more." }
      : readText(t, COMMERCIAL_LIMITS.summaryMax, "request"),
  );
  const estimateHours = row.need("estimate_hours", "The estimate is missing.", readEstimate);
  const decision = row.need("decision", "The decision is missing.", readDecision);
  if (!row.ok) return null;
  return {
    askedOn: askedOn!,
    clientName: clientName!,
    accountName,
    askedBy: askedBy ?? null,
    summary: summary!,
    estimateHours: estimateHours!,
    decision: decision!,
  };
});

export type CheckedScopeFile = CheckedFile<typeof checkScopeFile>;
/** One request of the file: its line number, the names it gives, when it was asked, the estimate and the decision. */
export type ScopeImportRow = CheckedScopeFile["rows"][number];
