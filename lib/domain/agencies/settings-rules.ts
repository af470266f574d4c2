/**
 * The agency's own rules, as the settings page edits them: bounds, the weights-sum rule, and what a change would do
 * (the guideline it gives, how many accounts change health band, how many AMs change status). Pure, no I/O: the page
 * runs the same functions in the browser for the live preview that the server runs to validate and apply.
 */
import { cadenceFromAgency } from "@/lib/domain/portfolio/cadence";
import { guidelineFor, type Guideline, type GuidelineAgencyInput } from "@/lib/domain/portfolio/guideline";
import {
  healthBand,
  healthWeightsFromAgency,
  scoreWith,
  type ComponentScores,
  type HealthWeights,
} from "@/lib/domain/portfolio/health";
import { amStatus } from "@/lib/domain/portfolio/load";
import { DEFAULT_SIGNAL_RULES, type SignalRules } from "@/lib/domain/portfolio/signal-types";

/** Inclusive bounds of every number a leader can set; the zod schemas and the database CHECKs agree with them. */
export const SETTINGS_BOUNDS = {
  employeeCount: { min: 1, max: 1_000_000 },
  overrideMin: { min: 0, max: 100 },
  overrideMax: { min: 1, max: 100 },
  cadenceDays: { min: 1, max: 365 },
  healthWeight: { min: 0, max: 100 },
  renewalWindowDays: { min: 1, max: 365 },
  staleProjectDays: { min: 1, max: 180 },
  sentimentDropPoints: { min: 0.1, max: 4 },
  relationshipMinContacts: { min: 1, max: 10 },
} as const;

/** The health weights are shares of the score: they must add up to exactly 100. */
export const HEALTH_WEIGHTS_TOTAL = 100;

export function weightsTotal(weights: HealthWeights): number {
  return weights.recency + weights.sentiment + weights.delivery + weights.kpi;
}

/** Null when the override is acceptable, else why not: 0 ≤ min ≤ max and max ≥ 1 (whole numbers). */
export function overrideProblem(min: number, max: number): string | null {
  if (!Number.isInteger(min) || !Number.isInteger(max)) return "Use whole numbers of accounts.";
  if (min < 0) return "The minimum cannot be negative.";
  if (max < 1) return "The maximum must be at least 1 account.";
  if (min > max) return "The minimum cannot be above the maximum.";
  return null;
}

/** The settings columns the portfolio rules read. */
export type RuleSettings = GuidelineAgencyInput & {
  cadenceTier1Days: number;
  cadenceTier2Days: number;
  cadenceTier3Days: number;
  healthWeightRecency: number;
  healthWeightSentiment: number;
  healthWeightDelivery: number;
  healthWeightKpi: number;
  renewalWindowDays: number;
  staleProjectDays: number;
  /** A number here (the column is Decimal(2,1); readers convert). */
  sentimentDropPoints: number;
  relationshipMinContacts: number;
};

/** The signal rules in force for an agency: its own cadences, weights and thresholds over DESIGN.md's defaults. */
export function signalRulesFromSettings(settings: RuleSettings): SignalRules {
  return {
    ...DEFAULT_SIGNAL_RULES,
    cadence: cadenceFromAgency(settings),
    healthWeights: healthWeightsFromAgency(settings),
    renewalWindowDays: settings.renewalWindowDays,
    staleProjectDays: settings.staleProjectDays,
    sentimentDropPoints: settings.sentimentDropPoints,
    relationshipMinContacts: settings.relationshipMinContacts,
  };
}

/** Whether two guidelines are the same rule (same range from the same source). */
export function sameGuideline(a: Guideline, b: Guideline): boolean {
  return a.min === b.min && a.max === b.max && a.source === b.source;
}

/** The guideline an employee count would give, or null while the count is not a valid whole number. */
export function previewGuideline(input: GuidelineAgencyInput): Guideline | null {
  try {
    return guidelineFor(input);
  } catch {
    return null;
  }
}

/** How many AMs would change status (UNDER / HEALTHY / AT_CAPACITY / OVERLOADED) under another guideline. */
export function countStatusChanges(weightedLoads: readonly number[], from: Guideline, to: Guideline): number {
  return weightedLoads.filter((load) => amStatus(load, from) !== amStatus(load, to)).length;
}

/**
 * Accounts with the same health components, as the settings page's preview carries them: recency, sentiment,
 * delivery and KPI (null when absent), then how many accounts have exactly these. A large agency's 3,242 accounts
 * have about 1,480 distinct rows; as objects, one per account, they made the settings page 347 KB.
 */
export type ComponentTally = [
  recency: number | null,
  sentiment: number | null,
  delivery: number | null,
  kpi: number | null,
  accounts: number,
];

const COMPONENT_ORDER = ["recency", "sentiment", "delivery", "kpi"] as const;

export function tallyComponents(accounts: readonly ComponentScores[]): ComponentTally[] {
  const tallies = new Map<string, ComponentTally>();
  for (const components of accounts) {
    const values = COMPONENT_ORDER.map((key) => components[key] ?? null);
    const key = values.join("|");
    const tally = tallies.get(key);
    if (tally) tally[4] += 1;
    else tallies.set(key, [...values, 1] as ComponentTally);
  }
  return [...tallies.values()];
}

function componentsOf(tally: ComponentTally): ComponentScores {
  const components: ComponentScores = {};
  COMPONENT_ORDER.forEach((key, i) => {
    const value = tally[i];
    if (value !== null && value !== undefined) components[key] = value;
  });
  return components;
}

/** How many accounts would land in another health band (healthy / watch / at risk / unscored) under new weights. */
export function countBandChanges(
  tallies: readonly ComponentTally[],
  from: HealthWeights,
  to: HealthWeights,
): { changed: number; better: number; worse: number; accounts: number } {
  const rank = (score: number | null) =>
    score === null ? -1 : ["at_risk", "watch", "healthy"].indexOf(healthBand(score));
  let better = 0;
  let worse = 0;
  let accounts = 0;
  for (const tally of tallies) {
    const components = componentsOf(tally);
    const before = rank(scoreWith(components, from));
    const after = rank(scoreWith(components, to));
    if (after > before) better += tally[4];
    if (after < before) worse += tally[4];
    accounts += tally[4];
  }
  return { changed: better + worse, better, worse, accounts };
}

export { guidelineFor, healthWeightsFromAgency, scoreWith, type ComponentScores };
