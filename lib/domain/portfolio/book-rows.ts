import { daysSinceCheckIn, isCheckInOverdue, type CheckInCadence } from "@/lib/domain/portfolio/cadence";
import { healthBand, type HealthBand } from "@/lib/domain/portfolio/health";
import { countsTowardLoad } from "@/lib/domain/portfolio/load";
import type { AccountSnapshot, PortfolioSnapshot, Signal, SignalSeverity } from "@/lib/domain/portfolio/signal-types";
import { compareNames } from "@/lib/domain/portfolio/text";
import type { MemoryKey } from "@/lib/pagination/keyset";

/**
 * Which signals concern an AM or an account, and the AM's book in attention order: pure rules over the portfolio
 * snapshot, so the AM and account pages show exactly the signals and figures of the leader dashboard.
 */

/**
 * The subjects that concern some accounts (an account page's one, or an AM's book): the accounts, their projects and
 * their clients, and the AM when the scope is a book. Built once, so filtering the agency's few thousand signals is
 * one set lookup each (a scan of the projects per signal made the busiest AM's page take half a second).
 */
export type SignalScope = {
  amId: string | null;
  accountIds: ReadonlySet<string>;
  clientIds: ReadonlySet<string>;
  projectIds: ReadonlySet<string>;
};

export function scopeOf(
  accounts: readonly Pick<AccountSnapshot, "id" | "clientId">[],
  projects: PortfolioSnapshot["projects"],
  amId: string | null = null,
): SignalScope {
  const accountIds = new Set(accounts.map((a) => a.id));
  return {
    amId,
    accountIds,
    clientIds: new Set(accounts.map((a) => a.clientId)),
    projectIds: new Set(projects.filter((p) => accountIds.has(p.accountId)).map((p) => p.id)),
  };
}

/** A signal about the scope's AM, one of its accounts, a project on one of them, or one of their clients. */
export function concerns(signal: Signal, scope: SignalScope): boolean {
  const { kind, id } = signal.subject;
  switch (kind) {
    case "am":
      return id === scope.amId;
    case "account":
      return scope.accountIds.has(id);
    case "client":
      return scope.clientIds.has(id);
    case "project":
      return scope.projectIds.has(id);
  }
}

export type BookRow = Pick<
  AccountSnapshot,
  "id" | "name" | "clientName" | "tier" | "status" | "complexity" | "monthlyValue" | "renewalDate"
> & {
  countsTowardLoad: boolean;
  health: number | null;
  band: HealthBand | null;
  daysSinceCheckIn: number | null;
  overdue: boolean;
  /** The most severe signal about the account, its projects or its client; null when there is none. */
  severity: SignalSeverity | null;
  signalCount: number;
  /** Summed signal points (critical 3, warning 2, info 1): the book's second sort key. */
  points: number;
};

/** The order of bookRows as keyset keys, so the book pages with the same cursors as every other list. */
export const BOOK_KEYS: MemoryKey<BookRow>[] = [
  { dir: "desc", value: (r) => r.countsTowardLoad },
  { dir: "desc", value: (r) => r.points },
  { dir: "asc", value: (r) => r.health ?? -1 },
  { dir: "desc", value: (r) => r.monthlyValue },
  { dir: "asc", value: (r) => `${r.clientName} ${r.name}` },
  { dir: "asc", value: (r) => r.id },
];
export const BOOK_PAGE_SIZE = 10;

const SEVERITY_POINTS: Record<SignalSeverity, number> = { critical: 3, warning: 2, info: 1 };

/**
 * The AM's book in attention order: load-bearing accounts first; then the most signal points (critical 3, warning 2,
 * info 1); then the lowest health (unscored first: knowing nothing is worse than a low score); then the highest value.
 */
export function bookRows(
  book: readonly AccountSnapshot[],
  projects: PortfolioSnapshot["projects"],
  signals: readonly Signal[],
  health: ReadonlyMap<string, number | null>,
  cadence: CheckInCadence,
  today: Date,
): BookRow[] {
  const bookIds = new Set(book.map((a) => a.id));
  const bookProjects = projects.filter((p) => bookIds.has(p.accountId));
  const rows = book.map((account) => {
    const scope = scopeOf([account], bookProjects);
    const own = signals.filter((s) => concerns(s, scope));
    const live = countsTowardLoad(account.status);
    const score = health.get(account.id) ?? null;
    const worst = own.reduce<Signal | null>(
      (w, s) => (w === null || SEVERITY_POINTS[s.severity] > SEVERITY_POINTS[w.severity] ? s : w),
      null,
    );
    const { id, name, clientName, tier, status, complexity, monthlyValue, renewalDate } = account;
    const row: BookRow = {
      ...{ id, name, clientName, tier, status, complexity, monthlyValue, renewalDate },
      countsTowardLoad: live,
      health: score,
      band: score === null ? null : healthBand(score),
      daysSinceCheckIn: daysSinceCheckIn(account.lastCheckInAt, today),
      overdue: live && isCheckInOverdue(account.lastCheckInAt, account.tier, today, cadence),
      severity: worst?.severity ?? null,
      signalCount: own.length,
      points: own.reduce((sum, s) => sum + SEVERITY_POINTS[s.severity], 0),
    };
    return { row, points: row.points };
  });
  return rows
    .sort(
      (a, b) =>
        Number(b.row.countsTowardLoad) - Number(a.row.countsTowardLoad) ||
        b.points - a.points ||
        (a.row.health ?? -1) - (b.row.health ?? -1) ||
        b.row.monthlyValue - a.row.monthlyValue ||
        compareNames(`${a.row.clientName} ${a.row.name}`, `${b.row.clientName} ${b.row.name}`),
    )
    .map(({ row }) => row);
}
