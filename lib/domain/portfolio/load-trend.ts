/**
 * An account manager's load month by month, reconstructed from what the database stores today.
 *
 * We do not store ownership history yet: `Account.amId` is only the current owner, and status changes are not dated.
 * So the trend is an approximation, and the UI says so. For each month end it counts the accounts this AM owns *now*
 * that had started by then (`startDate` ≤ month end), had not been archived by then (`archivedAt` after the month end,
 * or never), and whose current status is load-bearing (ACTIVE or AT_RISK), weighted by complexity.
 * An account whose start is unknown (`startDate` null, e.g. imported from a spreadsheet without start dates) counts as
 * started before the window: it counts in every month until it is archived. Leaving it out would show a load that
 * rises out of nowhere in the current month, which is less true than assuming it was already there.
 * Consequences, stated plainly:
 * - an account handed to this AM last week counts in every month since it started; one handed away counts in none;
 * - a paused or churned account counts in no month, because we do not know when it stopped taking the AM's time.
 * The current month is measured at `today`, so the last point equals the AM's load shown on the page.
 * Pure: `today` is an argument, months are calendar months in UTC (as in dates.ts).
 */
import { loadOf, type Load } from "./load";
import type { AccountStatus, Complexity } from "./types";

export interface TrendAccount {
  status: AccountStatus;
  complexity: Complexity;
  /** Start of the engagement (a date column: midnight UTC); null when unknown, counted as before any window. */
  startDate: Date | null;
  archivedAt: Date | null;
}

export interface LoadTrendPoint extends Load {
  /** "2026-03": the calendar month (UTC). */
  month: string;
  /** "Mar 2026", for axes and tables. */
  label: string;
  /** The moment measured: the last millisecond of the month, or `today` for the current month. */
  asOf: Date;
  /** True for the current month, measured part-way through. */
  partial: boolean;
}

export const DEFAULT_TREND_MONTHS = 12;

const MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** The first day (midnight UTC) of the `months` calendar months ending with today's: where a trend's window starts. */
export function trendWindowStart(today: Date, months: number): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (months - 1), 1));
}

/** The `months` calendar months ending with today's, oldest first, each with the moment it is measured at. */
export function trendMonths(today: Date, months = DEFAULT_TREND_MONTHS): Omit<LoadTrendPoint, keyof Load>[] {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be a positive integer, got ${months}`);
  const first = trendWindowStart(today, months);
  return Array.from({ length: months }, (_, i) => {
    const start = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1));
    const partial = i === months - 1;
    // Date.UTC normalises month overflow, so month + 1 of December is January of the next year.
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1) - 1);
    const m = start.getUTCMonth();
    return {
      month: `${start.getUTCFullYear()}-${String(m + 1).padStart(2, "0")}`,
      label: `${MONTH_ABBR[m]} ${start.getUTCFullYear()}`,
      asOf: partial ? today : end,
      partial,
    };
  });
}

/** Whether `account` counts toward the AM's load at the moment `asOf` (see the module comment for the limits). */
export function ownedAt(account: TrendAccount, asOf: Date): boolean {
  const started = account.startDate === null || account.startDate.getTime() <= asOf.getTime();
  const notYetArchived = account.archivedAt === null || account.archivedAt.getTime() > asOf.getTime();
  return started && notYetArchived;
}

/** Load and weighted load of the AM's current accounts at each of the last `months` month ends, oldest first. */
export function loadTrend(
  accounts: readonly TrendAccount[],
  today: Date,
  months = DEFAULT_TREND_MONTHS,
): LoadTrendPoint[] {
  return trendMonths(today, months).map((point) => ({
    ...point,
    // loadOf keeps only ACTIVE and AT_RISK accounts, the same rule as the AM's current load.
    ...loadOf(accounts.filter((account) => ownedAt(account, point.asOf))),
  }));
}
