/**
 * Timesheet rows against the agency (pure): each row finds its client by name and its account by name, or the
 * client's only live account when the file has no account column. Lines of the same person, day, account and project
 * are added up (a timesheet often has one line per task); the sum replaces what an earlier import stored for that key,
 * so importing the same file again changes nothing and a corrected file corrects.
 */
import type { RowError } from "@/lib/domain/import/validate";
import { accountMatcher, isRowError, type AgencyAccounts } from "./account-match";
import type { TimesheetRow } from "./timesheet-check";

export type TimesheetExisting = AgencyAccounts & {
  /** Hours already stored, by entryKey. */
  entries: Map<string, number>;
};

export type PlannedEntry = { accountId: string; workDate: string; person: string; project: string; hours: number };
export type TimesheetCounts = { created: number; updated: number; unchanged: number; hours: number };
export type TimesheetPlan = { entries: PlannedEntry[]; counts: TimesheetCounts; errors: RowError[] };

export function entryKey(e: { accountId: string; workDate: string; person: string; project: string }): string {
  return [e.accountId, e.workDate, e.person, e.project].join("\u0000");
}

export function planTimesheet(rows: readonly TimesheetRow[], existing: TimesheetExisting): TimesheetPlan {
  const match = accountMatcher(existing);
  const errors: RowError[] = [];
  const planned = new Map<string, PlannedEntry>();
  for (const row of rows) {
    const account = match(row);
    if (isRowError(account)) {
      errors.push(account);
      continue;
    }
    const entry = {
      accountId: account.id,
      workDate: row.workDate,
      person: row.person.trim(),
      project: row.project.trim(),
    };
    const key = entryKey(entry);
    const sum = planned.get(key);
    if (sum) sum.hours = Math.round((sum.hours + row.hours) * 100) / 100;
    else planned.set(key, { ...entry, hours: row.hours });
  }
  const counts: TimesheetCounts = { created: 0, updated: 0, unchanged: 0, hours: 0 };
  const entries: PlannedEntry[] = [];
  for (const [key, entry] of planned) {
    counts.hours = Math.round((counts.hours + entry.hours) * 100) / 100;
    const stored = existing.entries.get(key);
    if (stored === undefined) counts.created += 1;
    else if (stored === entry.hours) {
      counts.unchanged += 1;
      continue;
    } else counts.updated += 1;
    entries.push(entry);
  }
  return { entries, counts, errors };
}
