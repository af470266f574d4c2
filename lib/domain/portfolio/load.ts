/**
 * Load of an account manager's book and their status against the guideline (DESIGN.md "The core rule").
 * Load counts accounts; weighted load sums complexity weights. Status and headroom use the weighted load, because a
 * high-complexity retainer takes more of an AM's week than a low-touch one, and the UI says so.
 */
import type { Guideline } from "./guideline";
import type { AccountStatus, Complexity } from "./types";

export const COMPLEXITY_WEIGHT: Readonly<Record<Complexity, number>> = { LOW: 0.5, STANDARD: 1, HIGH: 1.5 };

/** Paused and churned accounts take no AM time, so only these two statuses count toward load. */
export const LOAD_BEARING_STATUSES: readonly AccountStatus[] = ["ACTIVE", "AT_RISK"];

export function countsTowardLoad(status: AccountStatus): boolean {
  // The two comparisons, not LOAD_BEARING_STATUSES.includes: this runs several times per account per dashboard.
  return status === "ACTIVE" || status === "AT_RISK";
}

export type AmStatus = "UNDER" | "HEALTHY" | "AT_CAPACITY" | "OVERLOADED";

export interface LoadAccount {
  status: AccountStatus;
  complexity: Complexity;
}

export interface Load {
  /** Number of ACTIVE and AT_RISK accounts. */
  load: number;
  /** Sum of their complexity weights. */
  weightedLoad: number;
}

export interface BookAssessment extends Load {
  status: AmStatus;
  /** max − weightedLoad; negative when overloaded. */
  headroom: number;
}

export function loadOf(accounts: readonly LoadAccount[]): Load {
  let load = 0;
  let weightedLoad = 0;
  for (const account of accounts) {
    if (!countsTowardLoad(account.status)) continue;
    load += 1;
    weightedLoad += COMPLEXITY_WEIGHT[account.complexity];
  }
  return { load, weightedLoad };
}

/**
 * UNDER below min, HEALTHY from min up to (not including) max, AT_CAPACITY exactly at max, OVERLOADED above max.
 * An AM with nothing on their book is UNDER even if an override sets min to 0: an empty book is never "healthy".
 */
export function amStatus(weightedLoad: number, guideline: Pick<Guideline, "min" | "max">): AmStatus {
  if (weightedLoad > guideline.max) return "OVERLOADED";
  if (weightedLoad === guideline.max) return "AT_CAPACITY";
  if (weightedLoad === 0 || weightedLoad < guideline.min) return "UNDER";
  return "HEALTHY";
}

export function headroom(weightedLoad: number, guideline: Pick<Guideline, "max">): number {
  return guideline.max - weightedLoad;
}

export function assessLoad(load: Load, guideline: Pick<Guideline, "min" | "max">): BookAssessment {
  return {
    load: load.load,
    weightedLoad: load.weightedLoad,
    status: amStatus(load.weightedLoad, guideline),
    headroom: headroom(load.weightedLoad, guideline),
  };
}

export function assessBook(
  accounts: readonly LoadAccount[],
  guideline: Pick<Guideline, "min" | "max">,
): BookAssessment {
  return assessLoad(loadOf(accounts), guideline);
}
