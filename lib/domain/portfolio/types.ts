/**
 * Plain string-literal mirrors of the Prisma enums the portfolio rules read. The domain layer never imports Prisma:
 * these unions are structurally identical to the generated enum types, so a Prisma value can be passed straight in.
 */

export type ClientTier = "TIER_1" | "TIER_2" | "TIER_3";
export type ClientStatus = "ACTIVE" | "PAUSED" | "CHURNED";
export type Complexity = "LOW" | "STANDARD" | "HIGH";
export type AccountStatus = "ACTIVE" | "AT_RISK" | "PAUSED" | "CHURNED";
export type ProjectStatus = "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "ON_HOLD" | "DONE";
export type KpiDirection = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";

/** Tier names as the UI writes them ("Tier 1"), used in every plain-language reason. */
export const TIER_LABEL: Readonly<Record<ClientTier, string>> = {
  TIER_1: "Tier 1",
  TIER_2: "Tier 2",
  TIER_3: "Tier 3",
};

/** Project statuses in lower-case words, for reasons ("Website rebuild (off track)"). */
export const PROJECT_STATUS_LABEL: Readonly<Record<ProjectStatus, string>> = {
  NOT_STARTED: "not started",
  ON_TRACK: "on track",
  AT_RISK: "at risk",
  OFF_TRACK: "off track",
  ON_HOLD: "on hold",
  DONE: "done",
};

/** Complexity as an adjective, for reasons ("3 high-complexity accounts"). */
export const COMPLEXITY_LABEL: Readonly<Record<Complexity, string>> = {
  LOW: "low-complexity",
  STANDARD: "standard",
  HIGH: "high-complexity",
};
