/**
 * Account health score, 0–100 and explainable (DESIGN.md "Account health score"): a weighted sum of relationship
 * recency, sentiment, delivery and KPI attainment. Missing components are left out and the remaining weights scaled
 * up; the result names what was missing and the single component costing the most points.
 */
import { DEFAULT_CHECK_IN_CADENCE_DAYS, type CheckInCadence } from "./cadence";
import {
  deliveryScore,
  deliveryValue,
  kpiScore,
  kpiValue,
  recencyScore,
  recencyValue,
  sentimentScore,
  sentimentValue,
  type ComponentScore,
  type KpiReading,
} from "./health-components";
import type { ClientTier, ProjectStatus } from "./types";

export type HealthComponentKey = "recency" | "sentiment" | "delivery" | "kpi";
export type HealthWeights = Readonly<Record<HealthComponentKey, number>>;
export type HealthBand = "healthy" | "watch" | "at_risk";

/** DESIGN.md defaults; the agency stores its own (healthWeight* columns). They need not sum to 100. */
export const DEFAULT_HEALTH_WEIGHTS: HealthWeights = { recency: 30, sentiment: 25, delivery: 25, kpi: 20 };

export const HEALTH_COMPONENT_LABEL: Readonly<Record<HealthComponentKey, string>> = {
  recency: "Relationship recency",
  sentiment: "Client sentiment",
  delivery: "Delivery",
  kpi: "KPI attainment",
};

/** Bands on the rounded score: ≥ 75 healthy, 60–74 watch, < 60 at risk. */
export const HEALTH_BAND_FLOOR = { healthy: 75, watch: 60 } as const;

export interface AccountHealthInput {
  tier: ClientTier;
  lastCheckInAt: Date | null;
  /** Sentiments (1–5) of the newest check-ins, newest first; the first three are used. */
  recentSentiments: readonly number[];
  /** Statuses of the account's non-archived projects (DONE ones are ignored). */
  projectStatuses: readonly ProjectStatus[];
  /** The account's non-archived KPIs with their latest measurement. */
  kpis: readonly KpiReading[];
}

export interface HealthOptions {
  weights?: Partial<HealthWeights>;
  cadence?: CheckInCadence;
}

export interface HealthComponent {
  key: HealthComponentKey;
  label: string;
  /** 0–100, rounded. */
  score: number;
  /** The configured weight. */
  weight: number;
  /** Share of the total in percent after missing components are left out (the present ones sum to 100). */
  effectiveWeight: number;
  detail: string;
}

export interface AccountHealth {
  /** 0–100, rounded; null when every component is missing (nothing to judge yet). */
  score: number | null;
  band: HealthBand | null;
  components: HealthComponent[];
  missing: HealthComponentKey[];
  /** The component losing the most points (effective weight × (100 − score)); null when nothing loses any. */
  draggingDown: { key: HealthComponentKey; label: string; explanation: string } | null;
}

export function healthWeightsFromAgency(agency: {
  healthWeightRecency: number;
  healthWeightSentiment: number;
  healthWeightDelivery: number;
  healthWeightKpi: number;
}): HealthWeights {
  return {
    recency: agency.healthWeightRecency,
    sentiment: agency.healthWeightSentiment,
    delivery: agency.healthWeightDelivery,
    kpi: agency.healthWeightKpi,
  };
}

export function healthBand(score: number): HealthBand {
  if (score >= HEALTH_BAND_FLOOR.healthy) return "healthy";
  if (score >= HEALTH_BAND_FLOOR.watch) return "watch";
  return "at_risk";
}

/** The components' 0–100 values, those that can be judged; the numbers alone, for scoring many accounts at once. */
export type ComponentScores = Partial<Record<HealthComponentKey, number>>;

export function componentValues(
  input: AccountHealthInput,
  today: Date,
  cadence: CheckInCadence = DEFAULT_CHECK_IN_CADENCE_DAYS,
): ComponentScores {
  const values: ComponentScores = {};
  const recency = recencyValue(input.lastCheckInAt, cadence[input.tier], today);
  const sentiment = sentimentValue(input.recentSentiments);
  const delivery = deliveryValue(input.projectStatuses);
  const kpi = kpiValue(input.kpis);
  if (recency !== null) values.recency = recency;
  if (sentiment !== null) values.sentiment = sentiment;
  if (delivery !== null) values.delivery = delivery;
  if (kpi !== null) values.kpi = kpi;
  return values;
}

/**
 * The score: the present components' weighted mean, rounded; null when nothing can be weighed (no data, or every
 * present component weighted 0). Missing components are left out, so the remaining weights scale up. The one place
 * this arithmetic lives: the account page, the dashboard and the settings preview all score through it.
 */
export function scoreWith(components: ComponentScores, weights: HealthWeights): number | null {
  let total = 0;
  let weighted = 0;
  for (const key in components) {
    const score = components[key as HealthComponentKey];
    if (score === undefined) continue;
    const weight = weights[key as HealthComponentKey];
    total += weight;
    weighted += score * weight;
  }
  return total === 0 ? null : Math.round(weighted / total);
}

function checkedWeights(partial: Partial<HealthWeights> | undefined): HealthWeights {
  const weights: HealthWeights = { ...DEFAULT_HEALTH_WEIGHTS, ...partial };
  for (const [key, weight] of Object.entries(weights)) {
    if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`health weight ${key} must be ≥ 0, got ${weight}`);
  }
  return weights;
}

/** The score alone, without the explanation: what lists of many accounts need. */
export function healthScore(input: AccountHealthInput, today: Date, options: HealthOptions = {}): number | null {
  return scoreWith(componentValues(input, today, options.cadence), checkedWeights(options.weights));
}

/** Scores many accounts under one set of weights, checking the weights once. */
export function healthScorer(today: Date, options: HealthOptions = {}) {
  const weights = checkedWeights(options.weights);
  return (input: AccountHealthInput) => scoreWith(componentValues(input, today, options.cadence), weights);
}

export function computeAccountHealth(
  input: AccountHealthInput,
  today: Date,
  options: HealthOptions = {},
): AccountHealth {
  const weights = checkedWeights(options.weights);
  const cadenceDays = (options.cadence ?? DEFAULT_CHECK_IN_CADENCE_DAYS)[input.tier];
  const scored: Record<HealthComponentKey, ComponentScore | null> = {
    recency: recencyScore(input.lastCheckInAt, input.tier, cadenceDays, today),
    sentiment: sentimentScore(input.recentSentiments),
    delivery: deliveryScore(input.projectStatuses),
    kpi: kpiScore(input.kpis),
  };

  const keys = Object.keys(scored) as HealthComponentKey[];
  const present = keys.filter((key) => scored[key] !== null);
  const missing = keys.filter((key) => scored[key] === null);
  const totalWeight = present.reduce((sum, key) => sum + weights[key], 0);
  // No data at all, or an agency that weighted every available component at 0: there is no honest number to show.
  if (totalWeight === 0) return { score: null, band: null, components: [], missing, draggingDown: null };

  let worst: { key: HealthComponentKey; pointsLost: number } | null = null;
  const components: HealthComponent[] = present.map((key) => {
    const { score, detail } = scored[key] as ComponentScore;
    const effectiveWeight = (weights[key] / totalWeight) * 100;
    const pointsLost = (effectiveWeight * (100 - score)) / 100;
    // Strictly greater keeps the first component in table order on ties: deterministic.
    if (pointsLost > 0 && (worst === null || pointsLost > worst.pointsLost)) worst = { key, pointsLost };
    return {
      key,
      label: HEALTH_COMPONENT_LABEL[key],
      score: Math.round(score),
      weight: weights[key],
      effectiveWeight,
      detail,
    };
  });

  const values: ComponentScores = {};
  for (const key of present) values[key] = (scored[key] as ComponentScore).score;
  const score = scoreWith(values, weights) as number; // totalWeight > 0, so never null here
  return { score, band: healthBand(score), components, missing, draggingDown: describeWorst(worst, scored) };
}

function describeWorst(
  worst: { key: HealthComponentKey; pointsLost: number } | null,
  scored: Record<HealthComponentKey, ComponentScore | null>,
): AccountHealth["draggingDown"] {
  if (worst === null) return null;
  const detail = scored[worst.key]?.detail ?? "";
  const points = Math.max(1, Math.round(worst.pointsLost));
  return {
    key: worst.key,
    label: HEALTH_COMPONENT_LABEL[worst.key],
    explanation: `${detail} This costs the score ${points} ${points === 1 ? "point" : "points"}.`,
  };
}
