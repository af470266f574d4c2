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

/*
 * Each component comes twice: `…Value` is the number alone (what the dashboard needs for thousands of accounts) and
 * `…Score` adds the one-line why (what the account page shows). The Score functions call the Value ones, so the rule
 * itself is written once.
 */

/** Recency: 100 up to the cadence, then falling linearly to 0 at three times the cadence (50 at twice it). */
export function recencyValue(lastCheckInAt: Date | null, cadenceDays: number, today: Date): number | null {
  const days = daysSinceCheckIn(lastCheckInAt, today);
  if (days === null) return null;
  return days <= cadenceDays ? 100 : Math.max(0, (100 * (3 * cadenceDays - days)) / (2 * cadenceDays));
}

export function recencyScore(
  lastCheckInAt: Date | null,
  tier: ClientTier,
  cadenceDays: number,
  today: Date,
): ComponentScore | null {
  const score = recencyValue(lastCheckInAt, cadenceDays, today);
  const days = daysSinceCheckIn(lastCheckInAt, today);
  if (score === null || days === null) return null;
  const detail = `Last check-in ${plural(days, "day")} ago; the ${TIER_LABEL[tier]} cadence is ${plural(cadenceDays, "day")}.`;
  return { score, detail };
}

/** How many of the newest check-ins the sentiment component averages. */
export const SENTIMENT_WINDOW = 3;

function meanSentiment(recentSentimentsNewestFirst: readonly number[]): { mean: number; count: number } | null {
  const count = Math.min(SENTIMENT_WINDOW, recentSentimentsNewestFirst.length);
  if (count === 0) return null;
  let sum = 0;
  for (let i = 0; i < count; i++) sum += recentSentimentsNewestFirst[i]!;
  return { mean: sum / count, count };
}

/** Sentiment: mean of the last three check-ins (fewer if that is all there is), scaled so 1 → 0 and 5 → 100. */
export function sentimentValue(recentSentimentsNewestFirst: readonly number[]): number | null {
  const sentiment = meanSentiment(recentSentimentsNewestFirst);
  return sentiment === null ? null : Math.min(100, Math.max(0, ((sentiment.mean - 1) / 4) * 100));
}

export function sentimentScore(recentSentimentsNewestFirst: readonly number[]): ComponentScore | null {
  const sentiment = meanSentiment(recentSentimentsNewestFirst);
  const score = sentimentValue(recentSentimentsNewestFirst);
  if (sentiment === null || score === null) return null;
  const { mean, count } = sentiment;
  return {
    score,
    detail: `Average sentiment ${formatAmount(mean)} / 5 over the last ${plural(count, "check-in")}.`,
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

export function deliveryValue(projectStatuses: readonly ProjectStatus[]): number | null {
  let weightedSum = 0;
  let totalWeight = 0;
  for (const status of projectStatuses) {
    if (status === "DONE") continue;
    const { score, weight } = DELIVERY_SCORE[status];
    weightedSum += score * weight;
    totalWeight += weight;
  }
  return totalWeight === 0 ? null : weightedSum / totalWeight;
}

export function deliveryScore(projectStatuses: readonly ProjectStatus[]): ComponentScore | null {
  const score = deliveryValue(projectStatuses);
  if (score === null) return null;
  const counts = new Map<ProjectStatus, number>();
  for (const status of projectStatuses) if (status !== "DONE") counts.set(status, (counts.get(status) ?? 0) + 1);
  const open = [...counts.values()].reduce((a, b) => a + b, 0);
  const mix = DELIVERY_DETAIL_ORDER.filter((s) => counts.has(s))
    .map((s) => `${counts.get(s)} ${PROJECT_STATUS_LABEL[s]}`)
    .join(", ");
  return { score, detail: `${plural(open, "open project")}: ${mix}.` };
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

function meanAttainment(kpis: readonly KpiReading[]): { mean: number; measured: number } | null {
  let sum = 0;
  let measured = 0;
  for (const k of kpis) {
    if (k.latestValue === null) continue;
    sum += kpiAttainment({ target: k.target, direction: k.direction, value: k.latestValue });
    measured += 1;
  }
  return measured === 0 ? null : { mean: sum / measured, measured };
}

/** KPI component: mean attainment of the account's measured KPIs. Unmeasured KPIs are ignored. */
export function kpiValue(kpis: readonly KpiReading[]): number | null {
  return meanAttainment(kpis)?.mean ?? null;
}

export function kpiScore(kpis: readonly KpiReading[]): ComponentScore | null {
  const attainment = meanAttainment(kpis);
  if (attainment === null) return null;
  const { mean, measured } = attainment;
  return {
    score: mean,
    detail: `${plural(measured, "KPI")} measured; average attainment ${Math.round(mean)}% of target.`,
  };
}
