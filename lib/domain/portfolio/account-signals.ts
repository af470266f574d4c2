/**
 * Signals about single accounts. Only load-bearing accounts (ACTIVE, AT_RISK) are examined: paused and churned
 * engagements are not being managed, so nagging about them would be noise.
 */
import { daysSinceCheckIn, isCheckInOverdue } from "./cadence";
import { calendarDaysBetween } from "./dates";
import { countsTowardLoad } from "./load";
import type { AccountSnapshot, Signal, SignalRules } from "./signal-types";
import { accountLabel, formatAmount, plural } from "./text";
import { TIER_LABEL } from "./types";

function accountSubject(account: AccountSnapshot) {
  return { kind: "account" as const, id: account.id, name: accountLabel(account) };
}

function activeOnly(accounts: readonly AccountSnapshot[]): AccountSnapshot[] {
  return accounts.filter((a) => countsTowardLoad(a.status));
}

/**
 * CHECK_IN_OVERDUE: more days since the last check-in than the tier's cadence, or never checked in. Critical once
 * three cadences have passed (the health score's recency has reached 0 by then).
 */
export function checkInOverdueSignals(
  accounts: readonly AccountSnapshot[],
  today: Date,
  rules: Pick<SignalRules, "cadence">,
): Signal[] {
  return activeOnly(accounts).flatMap((account): Signal[] => {
    if (!isCheckInOverdue(account.lastCheckInAt, account.tier, today, rules.cadence)) return [];
    const cadence = rules.cadence[account.tier];
    const days = daysSinceCheckIn(account.lastCheckInAt, today);
    const expectation = `${TIER_LABEL[account.tier]} clients should hear from us every ${plural(cadence, "day")}`;
    const reason =
      days === null
        ? `No check-in has been logged on ${accountLabel(account)} yet; ${expectation}.`
        : `The last check-in on ${accountLabel(account)} was ${plural(days, "day")} ago; ${expectation}.`;
    const severity = days !== null && days >= 3 * cadence ? "critical" : "warning";
    return [{ type: "CHECK_IN_OVERDUE", severity, subject: accountSubject(account), reason }];
  });
}

/** NO_GROWTH_PLAN: a TIER_1 account without an ACTIVE growth plan (drafts and finished plans do not count). */
export function noGrowthPlanSignals(accounts: readonly AccountSnapshot[]): Signal[] {
  return activeOnly(accounts)
    .filter((a) => a.tier === "TIER_1" && !a.hasActiveGrowthPlan)
    .map((account) => ({
      type: "NO_GROWTH_PLAN",
      severity: "info",
      subject: accountSubject(account),
      reason: `${accountLabel(account)} is a Tier 1 account with no active growth plan.`,
    }));
}

/**
 * RENEWAL_AT_RISK: renewal between today and 90 days ahead (inclusive) and health below 60. Renewal dates already
 * past are not "upcoming" and are left out. Accounts whose health cannot be scored (null) are left out too: there is
 * no evidence either way, and CHECK_IN_OVERDUE already flags an account nobody has talked to.
 */
export function renewalAtRiskSignals(
  accounts: readonly AccountSnapshot[],
  healthByAccountId: ReadonlyMap<string, number | null>,
  today: Date,
  rules: Pick<SignalRules, "renewalWindowDays" | "renewalHealthBelow">,
): Signal[] {
  return activeOnly(accounts).flatMap((account): Signal[] => {
    if (account.renewalDate === null) return [];
    const daysToRenewal = calendarDaysBetween(today, account.renewalDate);
    if (daysToRenewal < 0 || daysToRenewal > rules.renewalWindowDays) return [];
    const health = healthByAccountId.get(account.id) ?? null;
    if (health === null || health >= rules.renewalHealthBelow) return [];
    const when = daysToRenewal === 0 ? "today" : `in ${plural(daysToRenewal, "day")}`;
    return [
      {
        type: "RENEWAL_AT_RISK",
        severity: "critical",
        subject: accountSubject(account),
        reason:
          `${accountLabel(account)} renews ${when} (${account.renewalDate.toISOString().slice(0, 10)}) and its ` +
          `health score is ${health}, below ${rules.renewalHealthBelow}.`,
      },
    ];
  });
}

/** Sentiment drop compares the newest two check-ins with the three before them, so it needs five. */
export const SENTIMENT_DROP_MIN_CHECK_INS = 5;

/** SENTIMENT_DROP: the last two check-ins average at least 1.5 points below the previous three. */
export function sentimentDropSignals(
  accounts: readonly AccountSnapshot[],
  rules: Pick<SignalRules, "sentimentDropPoints">,
): Signal[] {
  return activeOnly(accounts).flatMap((account): Signal[] => {
    const s = account.recentSentiments;
    if (s.length < SENTIMENT_DROP_MIN_CHECK_INS) return [];
    const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const latest = mean(s.slice(0, 2));
    const previous = mean(s.slice(2, 5));
    // A tiny tolerance so a drop of exactly 1.5 is not lost to floating-point noise (e.g. thirds).
    if (previous - latest < rules.sentimentDropPoints - 1e-9) return [];
    return [
      {
        type: "SENTIMENT_DROP",
        severity: "warning",
        subject: accountSubject(account),
        reason:
          `Sentiment on ${accountLabel(account)} fell from ${formatAmount(previous)} over the previous three ` +
          `check-ins to ${formatAmount(latest)} over the last two.`,
      },
    ];
  });
}
