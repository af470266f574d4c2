/**
 * Over-servicing (issue 16): a retainer that used more than its contracted hours by MORE than 10 % in at least 2 of
 * the last 3 months. Hours used in a month = timesheet hours + the estimates of scope requests the agency ABSORBED
 * that month (work given for free is work). Pure: the data layer hands in the monthly totals.
 */
import { recentMonths } from "./months";

export type RetainerTerms = { monthlyHours: number; monthlyFee: number; blendedRate: number | null };
export type MonthUsage = { month: string; hours: number; absorbedHours: number };

export type OverServicingRule = {
  /** Over means strictly above contracted × (1 + overShare): exactly 10 % over is not over. */
  overShare: number;
  /** How many of the window's months must be over. */
  monthsOver: number;
  /** The window: this many months, ending with today's. */
  windowMonths: number;
};

export const DEFAULT_OVER_SERVICING: OverServicingRule = { overShare: 0.1, monthsOver: 2, windowMonths: 3 };

export type MonthAgainstScope = {
  month: string;
  used: number;
  contracted: number;
  /** Hours above the contract (0 when within it). */
  overHours: number;
  /** More than the rule's share over. */
  over: boolean;
};

export type OverServicing = {
  months: MonthAgainstScope[];
  overMonths: string[];
  /** Hours above contract over the whole window, and what they are worth at the account's hourly value. */
  hoursGivenAway: number;
  valueGivenAway: number;
  overServiced: boolean;
};

/** What an hour is worth: the blended rate when set, else the fee spread over the contracted hours. */
export function hourlyValue(terms: RetainerTerms): number {
  if (terms.blendedRate !== null && terms.blendedRate > 0) return terms.blendedRate;
  return terms.monthlyHours > 0 ? terms.monthlyFee / terms.monthlyHours : 0;
}

/** Compared in hundredths of an hour so 44.00 against 40 × 1.1 is exactly "not over", with no float noise. */
function cents(value: number): number {
  return Math.round(value * 100);
}

export function isOver(used: number, contracted: number, overShare: number): boolean {
  return cents(used) * 100 > cents(contracted) * Math.round((1 + overShare) * 100);
}

export function monthAgainstScope(
  terms: RetainerTerms,
  usage: MonthUsage | undefined,
  month: string,
  rule: OverServicingRule = DEFAULT_OVER_SERVICING,
): MonthAgainstScope {
  const used = (usage?.hours ?? 0) + (usage?.absorbedHours ?? 0);
  const contracted = terms.monthlyHours;
  return {
    month,
    used,
    contracted,
    overHours: Math.max(0, cents(used) - cents(contracted)) / 100,
    over: isOver(used, contracted, rule.overShare),
  };
}

export function assessOverServicing(
  terms: RetainerTerms,
  usage: readonly MonthUsage[],
  today: Date,
  rule: OverServicingRule = DEFAULT_OVER_SERVICING,
): OverServicing {
  const byMonth = new Map(usage.map((u) => [u.month, u]));
  const months = recentMonths(today, rule.windowMonths).map((m) => monthAgainstScope(terms, byMonth.get(m), m, rule));
  const overMonths = months.filter((m) => m.over).map((m) => m.month);
  const hoursGivenAway = months.reduce((sum, m) => sum + m.overHours, 0);
  return {
    months,
    overMonths,
    hoursGivenAway,
    valueGivenAway: Math.round(hoursGivenAway * hourlyValue(terms) * 100) / 100,
    overServiced: overMonths.length >= rule.monthsOver,
  };
}
