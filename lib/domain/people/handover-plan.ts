/**
 * Suggested receivers when someone leaves: every account of the leaver goes to a colleague with room under the
 * guideline's max, using the rebalancing rules (lowest-touch first, weighted load, never over the max). Pure; the
 * handover page shows the suggestion and the leader may pick another receiver per account before applying.
 */
import type { Guideline } from "@/lib/domain/portfolio/guideline";
import { COMPLEXITY_WEIGHT, countsTowardLoad, type LoadAccount } from "@/lib/domain/portfolio/load";
import { compareHandoverOrder, type RebalanceAccount } from "@/lib/domain/portfolio/rebalancing";
import { compareNames } from "@/lib/domain/portfolio/text";

export interface HandoverReceiver {
  id: string;
  name: string;
  /** Before the handover. */
  weightedLoad: number;
}

export interface HandoverOption {
  amId: string;
  name: string;
  /** The receiver's weighted load after everything suggested so far plus this account. */
  weightedAfter: number;
  fits: boolean;
}

export interface HandoverSuggestion {
  accountId: string;
  weight: number;
  suggested: HandoverOption | null;
  /** Every receiver, the ones that fit first (most room first), for the leader's own choice. */
  options: HandoverOption[];
}

export interface HandoverPlan {
  suggestions: HandoverSuggestion[];
  /** Accounts no colleague has room for: the leader must pick someone (over the guideline) or hire. */
  unplaced: number;
}

export function weightOf(account: Pick<LoadAccount, "status" | "complexity">): number {
  return countsTowardLoad(account.status) ? COMPLEXITY_WEIGHT[account.complexity] : 0;
}

export function suggestHandover(
  accounts: readonly RebalanceAccount[],
  receivers: readonly HandoverReceiver[],
  guideline: Pick<Guideline, "max">,
): HandoverPlan {
  const running = new Map(receivers.map((r) => [r.id, r.weightedLoad]));
  const suggestions = [...accounts].sort(compareHandoverOrder).map((account): HandoverSuggestion => {
    const weight = weightOf(account);
    const options = receiverOptions(receivers, running, weight, guideline.max);
    const suggested = options[0]?.fits ? options[0] : null;
    if (suggested) running.set(suggested.amId, suggested.weightedAfter);
    return { accountId: account.id, weight, suggested, options };
  });
  return { suggestions, unplaced: suggestions.filter((s) => !s.suggested).length };
}

/** Every receiver for one account at its turn, the ones that fit first (most room first), then by name. */
function receiverOptions(
  receivers: readonly HandoverReceiver[],
  running: ReadonlyMap<string, number>,
  weight: number,
  max: number,
): HandoverOption[] {
  return receivers
    .map((r): HandoverOption => {
      const weightedAfter = running.get(r.id)! + weight;
      return { amId: r.id, name: r.name, weightedAfter, fits: weightedAfter <= max };
    })
    .sort(
      (a, b) => Number(b.fits) - Number(a.fits) || a.weightedAfter - b.weightedAfter || compareNames(a.name, b.name),
    );
}

/**
 * Each suggestion's options again, from the receivers' weighted loads before the handover and the suggestions in plan
 * order: the same lists suggestHandover made. The handover form rebuilds them in the browser, so a large agency's
 * page carries its receivers once instead of once per account (300 colleagues for each of 26 accounts was 1.7 MB).
 */
export function optionsInPlanOrder(
  receivers: readonly HandoverReceiver[],
  suggestions: readonly { weight: number; suggestedAmId: string | null }[],
  max: number,
): HandoverOption[][] {
  const running = new Map(receivers.map((r) => [r.id, r.weightedLoad]));
  return suggestions.map(({ weight, suggestedAmId }) => {
    const options = receiverOptions(receivers, running, weight, max);
    if (suggestedAmId) running.set(suggestedAmId, running.get(suggestedAmId)! + weight);
    return options;
  });
}
