/**
 * "My accounts": an AM's book in the order they should work through it (pure, no I/O). Health, overdue and cadence
 * come from the portfolio rules, so these figures match the leader dashboard exactly.
 */
import { daysSinceCheckIn, isCheckInOverdue } from "@/lib/domain/portfolio/cadence";
import { calendarDaysBetween } from "@/lib/domain/portfolio/dates";
import { healthBand, type HealthBand } from "@/lib/domain/portfolio/health";
import { countsTowardLoad } from "@/lib/domain/portfolio/load";
import { healthScoresByAccount } from "@/lib/domain/portfolio/signals";
import type { AccountSnapshot, ProjectSnapshot, SignalRules } from "@/lib/domain/portfolio/signal-types";
import { DEFAULT_SIGNAL_RULES } from "@/lib/domain/portfolio/signal-types";
import { compareNames } from "@/lib/domain/portfolio/text";

/** Why an account sits where it does, most urgent first. */
export type Attention = "overdue" | "at_risk" | "renewal" | "ok" | "inactive";
export const ATTENTION_ORDER: readonly Attention[] = ["overdue", "at_risk", "renewal", "ok", "inactive"];

const DAY_MS = 86_400_000;

export type MyAccountRow = Pick<
  AccountSnapshot,
  "id" | "name" | "clientName" | "tier" | "status" | "renewalDate" | "lastCheckInAt"
> & {
  attention: Attention;
  health: number | null;
  band: HealthBand | null;
  daysSinceCheckIn: number | null;
  overdue: boolean;
  cadenceDays: number;
  /** The last check-in plus the tier's cadence; today when the account has never had one. */
  nextDueAt: Date;
  /** Calendar days until nextDueAt (negative when past). */
  daysUntilDue: number;
  /** Calendar days until the renewal date, or null without one. */
  daysToRenewal: number | null;
};

/**
 * Order: overdue check-ins first (longest past due first), then at-risk health below the renewal threshold (lowest
 * first), then renewals within the renewal window (soonest first), then the rest (next due soonest first); paused and
 * churned accounts last, since they carry no load.
 */
export function myAccountRows(
  book: readonly AccountSnapshot[],
  projects: readonly ProjectSnapshot[],
  rules: Pick<SignalRules, "cadence" | "healthWeights">,
  today: Date,
  thresholds: Pick<SignalRules, "renewalWindowDays" | "renewalHealthBelow"> = DEFAULT_SIGNAL_RULES,
): MyAccountRow[] {
  const health = healthScoresByAccount(book, projects, today, rules);
  const rows = book.map((account): MyAccountRow => {
    const live = countsTowardLoad(account.status);
    const cadenceDays = rules.cadence[account.tier];
    const score = live ? (health.get(account.id) ?? null) : null;
    const overdue = live && isCheckInOverdue(account.lastCheckInAt, account.tier, today, rules.cadence);
    const nextDueAt = account.lastCheckInAt ? new Date(account.lastCheckInAt.getTime() + cadenceDays * DAY_MS) : today;
    const daysToRenewal = account.renewalDate ? calendarDaysBetween(today, account.renewalDate) : null;
    let attention: Attention = "ok";
    if (!live) attention = "inactive";
    else if (overdue) attention = "overdue";
    else if (score !== null && score < thresholds.renewalHealthBelow) attention = "at_risk";
    else if (daysToRenewal !== null && daysToRenewal >= 0 && daysToRenewal <= thresholds.renewalWindowDays) {
      attention = "renewal";
    }
    return {
      id: account.id,
      name: account.name,
      clientName: account.clientName,
      tier: account.tier,
      status: account.status,
      renewalDate: account.renewalDate,
      lastCheckInAt: account.lastCheckInAt,
      attention,
      health: score,
      band: score === null ? null : healthBand(score),
      daysSinceCheckIn: daysSinceCheckIn(account.lastCheckInAt, today),
      overdue,
      cadenceDays,
      nextDueAt,
      daysUntilDue: calendarDaysBetween(today, nextDueAt),
      daysToRenewal,
    };
  });
  return rows.sort(
    (a, b) =>
      ATTENTION_ORDER.indexOf(a.attention) - ATTENTION_ORDER.indexOf(b.attention) ||
      withinGroup(a, b) ||
      compareNames(`${a.clientName} ${a.name}`, `${b.clientName} ${b.name}`),
  );
}

function withinGroup(a: MyAccountRow, b: MyAccountRow): number {
  switch (a.attention) {
    case "at_risk":
      return (a.health ?? 0) - (b.health ?? 0);
    case "renewal":
      return (a.daysToRenewal ?? 0) - (b.daysToRenewal ?? 0);
    default:
      // Overdue: never checked in counts as the most overdue; otherwise the earliest due date first.
      return (a.lastCheckInAt ? a.daysUntilDue : -Infinity) - (b.lastCheckInAt ? b.daysUntilDue : -Infinity) || 0;
  }
}
