/**
 * The four inputs of the account health score, each scored 0–100 with a one-line "why". A component returns null
 * when there is nothing to judge (no check-ins, no open projects, no measured KPIs); health.ts then leaves it out and
 * re-weights the rest, as DESIGN.md asks, instead of guessing a value.
 */
import { daysSinceCheckIn } from "./cadence";
import { formatAmount, plural } from "./text";
import { PROJECT_STATUS_LABEL, TIER_LABEL, type ClientTier, type KpiDirection, type ProjectStatus } from "./types";

export interface ComponentScore {
  /** Exact 0–100 value; health.ts rounds for display. */
  score: number;
  detail: string;
}

export interface KpiReading {
  target: number;
  direction: KpiDirection;
  /** The most recent measurement, or null when the KPI has never been measured (then it is ignored). */
  latestValue: number | null;
}

/** Recency: 100 up to the cadence, then falling linearly to 0 at three times the cadence (50 at twice it). */
export function recencyScore(
  lastCheckInAt: Date | null,
  tier: ClientTier,
  cadenceDays: number,
  today: Date,
): ComponentScore | null {
  const days = daysSinceCheckIn(lastCheckInAt, today);
  if (days === null) return null;
  const score = days <= cadenceDays ? 100 : Math.max(0, (100 * (3 * cadenceDays - days)) / (2 * cadenceDays));
  const detail = `Last check-in ${plural(days, "day")} ago; the ${TIER_LABEL[tier]} cadence is ${plural(cadenceDays, "day")}.`;
  return { score, detail };
}

/** How many of the newest check-ins the sentiment component averages. */
export const SENTIMENT_WINDOW = 3;

/** Sentiment: mean of the last three check-ins (fewer if that is all there is), scaled so 1 → 0 and 5 → 100. */
export function sentimentScore(recentSentimentsNewestFirst: readonly number[]): ComponentScore | null {
  const window = recentSentimentsNewestFirst.slice(0, SENTIMENT_WINDOW);
  if (window.length === 0) return null;
  const mean = window.reduce((sum, s) => sum + s, 0) / window.length;
  const score = Math.min(100, Math.max(0, ((mean - 1) / 4) * 100));
  return {
    score,
    detail: `Average sentiment ${formatAmount(mean)} / 5 over the last ${plural(window.length, "check-in")}.`,
  };
}

/**
 * Delivery per open project. Finished (DONE) projects are left out: a long record of finished work should not hide
 * a project that is off track today. NOT_STARTED counts as fine (nothing has gone wrong yet), ON_HOLD as a mild worry.
 * OFF_TRACK counts most: it scores 0 and weighs double in the average, so one off-track project beside one on-track
 * project gives 33, not 50.
 */
export const DELIVERY_SCORE: Readonly<Record<Exclude<ProjectStatus, "DONE">, { score: number; weight: number }>> = {
  NOT_STARTED: { score: 100, weight: 1 },
  ON_TRACK: { score: 100, weight: 1 },
  ON_HOLD: { score: 60, weight: 1 },
  AT_RISK: { score: 50, weight: 1 },
  OFF_TRACK: { score: 0, weight: 2 },
};

/** Worst first, so the detail line leads with what matters. */
const DELIVERY_DETAIL_ORDER = ["OFF_TRACK", "AT_RISK", "ON_HOLD", "ON_TRACK", "NOT_STARTED"] as const;

export function deliveryScore(projectStatuses: readonly ProjectStatus[]): ComponentScore | null {
  let weightedSum = 0;
  let totalWeight = 0;
  const counts = new Map<ProjectStatus, number>();
  for (const status of projectStatuses) {
    if (status === "DONE") continue;
    const { score, weight } = DELIVERY_SCORE[status];
    weightedSum += score * weight;
    totalWeight += weight;
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  if (totalWeight === 0) return null;
  const open = [...counts.values()].reduce((a, b) => a + b, 0);
  const mix = DELIVERY_DETAIL_ORDER.filter((s) => counts.has(s))
    .map((s) => `${counts.get(s)} ${PROJECT_STATUS_LABEL[s]}`)
    .join(", ");
  return { score: weightedSum / totalWeight, detail: `${plural(open, "open project")}: ${mix}.` };
}

/**
 * Attainment of one KPI, 0–100 (capped: beating a target does not make up for missing another).
 * HIGHER_IS_BETTER: value / target. LOWER_IS_BETTER: target / value. Reaching the target is 100 whatever the
 * numbers, which also covers zero targets and values without dividing by zero.
 */
export function kpiAttainment(kpi: { target: number; direction: KpiDirection; value: number }): number {
  const { target, value } = kpi;
  if (kpi.direction === "HIGHER_IS_BETTER") {
    if (value >= target) return 100;
    return target <= 0 ? 0 : Math.max(0, (value / target) * 100);
  }
  if (value <= target) return 100;
  return target <= 0 ? 0 : (target / value) * 100;
}

/** KPI component: mean attainment of the account's measured KPIs. Unmeasured KPIs are ignored. */
export function kpiScore(kpis: readonly KpiReading[]): ComponentScore | null {
  const attainments = kpis.flatMap((k) =>
    k.latestValue === null ? [] : [kpiAttainment({ target: k.target, direction: k.direction, value: k.latestValue })],
  );
  if (attainments.length === 0) return null;
  const mean = attainments.reduce((a, b) => a + b, 0) / attainments.length;
  return {
    score: mean,
    detail: `${plural(attainments.length, "KPI")} measured; average attainment ${Math.round(mean)}% of target.`,
  };
}
