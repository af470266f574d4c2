/**
 * A portfolio's standing: what the rules say about each account and subject today, in the shape the dashboard sums.
 * `standingOf` runs the rules (health, recency, signals) over a snapshot; `signalsByBook` says which books a signal
 * belongs to, so the standing can be stored per book (standing-store.ts) and recomputed one book at a time. Pure.
 */
import { groupBy } from "@/lib/group-by";
import { daysSinceCheckIn } from "./cadence";
import { detectSignals, healthScoresByAccount } from "./signals";
import type { PortfolioSnapshot, Signal, SignalRules } from "./signal-types";
import type { AccountStatus, ClientTier, Complexity, ProjectStatus } from "./types";

/** How long since an account's last check-in, in multiples of its tier's cadence: the dashboard's recency chart. */
export type RecencyBucket = "within cadence" | "up to 2× cadence" | "up to 3× cadence" | "beyond 3× cadence" | "never";
export const RECENCY_BUCKETS: readonly RecencyBucket[] = [
  "within cadence",
  "up to 2× cadence",
  "up to 3× cadence",
  "beyond 3× cadence",
  "never",
];

export function recencyBucket(lastCheckInAt: Date | null, cadenceDays: number, today: Date): RecencyBucket {
  const days = daysSinceCheckIn(lastCheckInAt, today);
  if (days === null) return "never";
  if (days <= cadenceDays) return "within cadence";
  if (days <= 2 * cadenceDays) return "up to 2× cadence";
  if (days <= 3 * cadenceDays) return "up to 3× cadence";
  return "beyond 3× cadence";
}

/** The book of clients with no live account (their relationship signals belong to no AM). */
export const UNOWNED_BOOK = "00000000-0000-0000-0000-000000000000";

/** One live account as the dashboard sums it. `score` is null for accounts that carry no load. */
export type AccountStanding = {
  id: string;
  amId: string;
  clientId: string;
  tier: ClientTier;
  status: AccountStatus;
  complexity: Complexity;
  monthlyValue: number;
  score: number | null;
  recency: RecencyBucket;
  projectStatuses: ProjectStatus[];
};

/** A signal with the account it concerns (an account's or a project's), which the dashboard's filters go through. */
export type SignalStanding = Signal & { accountId: string | null };

export type Standing = { accounts: AccountStanding[]; signals: SignalStanding[] };

/** Every live account's standing and every signal, most severe first (detectSignals' order). */
export function standingOf(
  snapshot: PortfolioSnapshot,
  rules: Pick<SignalRules, "cadence" | "healthWeights">,
  today: Date,
): Standing {
  const scores = healthScoresByAccount(snapshot.accounts, snapshot.projects, today, rules);
  const projectsByAccount = groupBy(snapshot.projects, (p) => p.accountId);
  const accounts = snapshot.accounts.map((a) => ({
    id: a.id,
    amId: a.amId,
    clientId: a.clientId,
    tier: a.tier,
    status: a.status,
    complexity: a.complexity,
    monthlyValue: a.monthlyValue,
    score: scores.get(a.id) ?? null,
    recency: recencyBucket(a.lastCheckInAt, rules.cadence[a.tier], today),
    projectStatuses: (projectsByAccount.get(a.id) ?? []).map((p) => p.status),
  }));
  const accountOfProject = new Map(snapshot.projects.map((p) => [p.id, p.accountId]));
  const signals = detectSignals(snapshot, today, rules, scores).map((signal) => ({
    ...signal,
    accountId:
      signal.subject.kind === "account"
        ? signal.subject.id
        : signal.subject.kind === "project"
          ? (accountOfProject.get(signal.subject.id) ?? null)
          : null,
  }));
  return { accounts, signals };
}

/**
 * Each signal with the book it is stored in: an AM's in the AM's book; an account's or project's in the account
 * owner's; a client's in every book holding one of its live accounts (one row each), or in the unowned book when none
 * does. Over a book-scoped snapshot a client outside the book lands in the unowned book: the one-book refresh keeps
 * only its own book's rows, so one function serves the whole agency and the one-book refresh.
 */
export function signalsByBook(standing: Standing): { amId: string; signal: SignalStanding }[] {
  const ownerOf = new Map(standing.accounts.map((a) => [a.id, a.amId]));
  const ownersOfClient = groupBy(
    standing.accounts,
    (a) => a.clientId,
    (a) => a.amId,
  );
  return standing.signals.flatMap((signal) => {
    switch (signal.subject.kind) {
      case "am":
        return [{ amId: signal.subject.id, signal }];
      case "account":
      case "project": {
        const owner = signal.accountId ? ownerOf.get(signal.accountId) : undefined;
        return owner ? [{ amId: owner, signal }] : [];
      }
      case "client":
        return [...new Set(ownersOfClient.get(signal.subject.id) ?? [UNOWNED_BOOK])].map((amId) => ({ amId, signal }));
    }
  });
}
