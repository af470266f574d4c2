/**
 * "What if we win N more accounts of tier T?" (DESIGN.md "Rebalancing"): can the current team absorb them without
 * anyone going over the guideline's max, and if not, how many account managers to hire.
 */
import type { Guideline } from "./guideline";
import { COMPLEXITY_WEIGHT } from "./load";
import { compareNames, formatRange, plural } from "./text";
import { COMPLEXITY_LABEL, TIER_LABEL, type ClientTier, type Complexity } from "./types";

export interface CapacityAm {
  id: string;
  name: string;
  /** Current weighted load (loadOf(...).weightedLoad). */
  weightedLoad: number;
}

export interface WhatIfWin {
  count: number;
  tier: ClientTier;
  /** Assumed complexity of the new accounts; STANDARD unless the leader says otherwise. */
  complexity?: Complexity;
}

export interface CapacityPlacement {
  amId: string;
  amName: string;
  accounts: number;
  weightedLoadBefore: number;
  weightedLoadAfter: number;
}

export interface CapacityAnswer {
  fits: boolean;
  count: number;
  tier: ClientTier;
  complexity: Complexity;
  weightPerAccount: number;
  /** count × weight. */
  additionalWeightedLoad: number;
  /** Σ max(0, max − weighted load) over the team: the room in principle (accounts are indivisible, see placements). */
  teamHeadroom: number;
  /** Where the new accounts would go, sorted by AM name; AMs receiving none are left out. */
  placements: CapacityPlacement[];
  unplaced: number;
  /** How many of these accounts one new AM can carry: floor(max / weight), at least 1. */
  accountsPerNewHire: number;
  hiresNeeded: number;
  answer: string;
}

/** A sanity bound: the placement loop is per account, and nobody plans thousands of wins in one go. */
export const MAX_WHAT_IF_ACCOUNTS = 10_000;

/**
 * Greedy placement, one account at a time, into the AM with the most headroom that can take it without exceeding max
 * (ties by name, then id). With identical accounts this places as many as any placement could (each AM holds
 * floor(headroom / weight) of them, whatever the order), and "most headroom first" spreads them evenly.
 * The rest need new hires. A new hire is counted at the guideline's max, and since accounts cannot be split that is
 * floor(max / weight) accounts each (at least 1: a single account always needs an owner), so
 * hires = ceil(unplaced / accountsPerNewHire). This is ≥ ceil(unplaced × weight / max), which would assume a fraction
 * of an account could be carried.
 */
export function whatIfWeWin(
  win: WhatIfWin,
  team: readonly CapacityAm[],
  guideline: Pick<Guideline, "min" | "max">,
): CapacityAnswer {
  if (!Number.isInteger(win.count) || win.count < 0 || win.count > MAX_WHAT_IF_ACCOUNTS) {
    throw new RangeError(`count must be an integer from 0 to ${MAX_WHAT_IF_ACCOUNTS}, got ${win.count}`);
  }
  const complexity = win.complexity ?? "STANDARD";
  const weight = COMPLEXITY_WEIGHT[complexity];
  const { max } = guideline;
  const loads = team.map((am) => ({ am, weightedLoad: am.weightedLoad, added: 0 }));
  const teamHeadroom = loads.reduce((sum, l) => sum + Math.max(0, max - l.weightedLoad), 0);

  let unplaced = win.count;
  while (unplaced > 0) {
    let best: (typeof loads)[number] | undefined;
    for (const l of loads) {
      if (l.weightedLoad + weight > max) continue;
      const better =
        best === undefined ||
        l.weightedLoad < best.weightedLoad ||
        (l.weightedLoad === best.weightedLoad &&
          (compareNames(l.am.name, best.am.name) || compareNames(l.am.id, best.am.id)) < 0);
      if (better) best = l;
    }
    if (!best) break;
    best.weightedLoad += weight;
    best.added += 1;
    unplaced -= 1;
  }

  const placements = loads
    .filter((l) => l.added > 0)
    .sort((a, b) => compareNames(a.am.name, b.am.name) || compareNames(a.am.id, b.am.id))
    .map((l) => ({
      amId: l.am.id,
      amName: l.am.name,
      accounts: l.added,
      weightedLoadBefore: l.am.weightedLoad,
      weightedLoadAfter: l.weightedLoad,
    }));
  const accountsPerNewHire = Math.max(1, Math.floor(max / weight));
  const hiresNeeded = Math.ceil(unplaced / accountsPerNewHire);
  const answer = describe(
    win.count,
    win.tier,
    complexity,
    placements,
    unplaced,
    hiresNeeded,
    accountsPerNewHire,
    guideline,
  );
  return {
    fits: unplaced === 0,
    count: win.count,
    tier: win.tier,
    complexity,
    weightPerAccount: weight,
    additionalWeightedLoad: win.count * weight,
    teamHeadroom,
    placements,
    unplaced,
    accountsPerNewHire,
    hiresNeeded,
    answer,
  };
}

function describe(
  count: number,
  tier: ClientTier,
  complexity: Complexity,
  placements: readonly CapacityPlacement[],
  unplaced: number,
  hiresNeeded: number,
  perHire: number,
  guideline: Pick<Guideline, "min" | "max">,
): string {
  const what = `${TIER_LABEL[tier]} ${count === 1 ? "account" : "accounts"} (${COMPLEXITY_LABEL[complexity]})`;
  const range = formatRange(guideline.min, guideline.max);
  if (count === 0) return "Nothing to place: the team stays as it is.";
  const where = placements.map((p) => `${p.amName} +${p.accounts}`).join(", ");
  if (unplaced === 0) {
    return `Yes. The team can take ${count} more ${what} without anyone going over the guideline (${range}): ${where}.`;
  }
  const absorbed = count - unplaced;
  const rest =
    absorbed === 0
      ? `The team has no room for ${count === 1 ? "it, which needs" : "any of them, which need"}`
      : `The team can absorb ${absorbed} (${where}); ${unplaced === 1 ? "the last one needs" : `the other ${unplaced} need`}`;
  return (
    `No. ${count} more ${what} would push the team over the guideline (${range}). ${rest} ` +
    `${plural(hiresNeeded, "more account manager", "more account managers")} ` +
    `(a new account manager can carry up to ${perHire} of them).`
  );
}
