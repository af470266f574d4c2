/**
 * Scope-request rows against the agency (pure). A request is known by its account, the day it was asked and what was
 * asked (case and spacing aside): a row matching a stored request updates its contact, estimate and decision when they
 * differ (a blank contact keeps the stored one) and otherwise changes nothing, so importing the same file again changes nothing and a corrected file
 * corrects. Two rows of one file with the same key are refused (which one would win is a guess).
 */
import type { RowError } from "@/lib/domain/import/validate";
import { nameKey } from "@/lib/domain/import/values";
import { accountMatcher, isRowError, type AgencyAccounts } from "./account-match";
import type { ScopeDecisionValue } from "./schemas";
import type { ScopeImportRow } from "./scope-import-check";

export type StoredRequest = {
  id: string;
  accountId: string;
  askedOn: string;
  summary: string;
  contactId: string | null;
  estimateHours: number;
  decision: ScopeDecisionValue;
};

export type ScopeImportExisting = AgencyAccounts & {
  contacts: { id: string; clientId: string; name: string }[];
  requests: StoredRequest[];
};

export type PlannedRequest = Omit<StoredRequest, "id"> & { id: string | null };
export type ScopeImportCounts = { created: number; updated: number; unchanged: number };
export type ScopeImportPlan = { requests: PlannedRequest[]; counts: ScopeImportCounts; errors: RowError[] };

export function requestKey(r: { accountId: string; askedOn: string; summary: string }): string {
  return [r.accountId, r.askedOn, nameKey(r.summary)].join("\u0000");
}

const same = (a: Omit<PlannedRequest, "id">, b: StoredRequest) =>
  a.contactId === b.contactId && a.estimateHours === b.estimateHours && a.decision === b.decision;

export function planScopeImport(rows: readonly ScopeImportRow[], existing: ScopeImportExisting): ScopeImportPlan {
  const match = accountMatcher(existing);
  const contacts = new Map(existing.contacts.map((c) => [`${c.clientId}\u0000${nameKey(c.name)}`, c.id]));
  const stored = new Map<string, StoredRequest>();
  for (const r of existing.requests) if (!stored.has(requestKey(r))) stored.set(requestKey(r), r);
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  const counts: ScopeImportCounts = { created: 0, updated: 0, unchanged: 0 };
  const requests: PlannedRequest[] = [];
  for (const row of rows) {
    const account = match(row);
    if (isRowError(account)) {
      errors.push(account);
      continue;
    }
    const key = requestKey({ ...row, accountId: account.id });
    const before = stored.get(key);
    // A blank "asked by" keeps the contact already stored (a file without that column must not erase them).
    const contactId = row.askedBy
      ? contacts.get(`${account.clientId}\u0000${nameKey(row.askedBy)}`)
      : (before?.contactId ?? null);
    if (contactId === undefined) {
      const message = `${account.clientName} has no contact named "${row.askedBy}".`;
      errors.push({ row: row.rowNumber, column: "Asked by", message });
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const message = `Row ${earlier} has the same account, date and request: keep one of them.`;
      errors.push({ row: row.rowNumber, column: "Request", message });
      continue;
    }
    seen.set(key, row.rowNumber);
    const request: PlannedRequest = {
      id: before?.id ?? null,
      accountId: account.id,
      askedOn: row.askedOn,
      summary: row.summary,
      contactId,
      estimateHours: row.estimateHours,
      decision: row.decision,
    };
    if (!before) counts.created += 1;
    else if (same(request, before)) {
      counts.unchanged += 1;
      continue;
    } else counts.updated += 1;
    requests.push(request);
  }
  return { requests, counts, errors };
}
