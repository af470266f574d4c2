/**
 * Rebalancing suggestions for overloaded account managers (DESIGN.md "Rebalancing"): which accounts to hand over,
 * lowest-touch first, and to whom, never pushing a receiver over the guideline's max. Pure and deterministic; applying
 * a move (one audited transaction) is the caller's job.
 */
import type { Guideline } from "./guideline";
import { groupBy } from "@/lib/group-by";
import { assessLoad, COMPLEXITY_WEIGHT, countsTowardLoad, loadOf, type BookAssessment, type Load } from "./load";
import { accountLabel, compareNames, formatAmount, plural } from "./text";
import type { AccountStatus, Complexity } from "./types";

export interface RebalanceAm {
  id: string;
  name: string;
}

/** AccountSnapshot from signal-types.ts satisfies this. */
export interface RebalanceAccount {
  id: string;
  name: string;
  clientName: string;
  amId: string;
  status: AccountStatus;
  complexity: Complexity;
  monthlyValue: number;
  checkInsLast90Days: number;
}

export interface BookPreview {
  amId: string;
  amName: string;
  before: BookAssessment;
  after: BookAssessment;
}

export interface RebalanceMove {
  accountId: string;
  accountName: string;
  weight: number;
  /** The giver's and the receiver's books just before and just after this move. */
  from: BookPreview;
  to: BookPreview;
}

export interface RebalancePlan {
  /** The overloaded AM's book before and after all of the plan's moves. */
  giver: BookPreview;
  moves: RebalanceMove[];
  /** Every AM receiving accounts in this plan, before and after it (sorted by name). */
  receivers: BookPreview[];
  /** True when the giver ends at or below max. */
  resolved: boolean;
  explanation: string;
}

/**
 * Lowest-touch first: the accounts whose handover costs the client relationship least.
 * 1. ACTIVE before AT_RISK: a relationship already in trouble should not also change hands casually.
 * 2. Lower complexity weight first: less to learn for the receiver.
 * 3. Fewer check-ins in the last 90 days: less contact to transfer.
 * 4. Lower monthly value: less commercial exposure if the handover goes badly.
 * 5. Account label, then id: a stable tie-break.
 */
export function compareHandoverOrder(a: RebalanceAccount, b: RebalanceAccount): number {
  return (
    Number(a.status === "AT_RISK") - Number(b.status === "AT_RISK") ||
    COMPLEXITY_WEIGHT[a.complexity] - COMPLEXITY_WEIGHT[b.complexity] ||
    a.checkInsLast90Days - b.checkInsLast90Days ||
    a.monthlyValue - b.monthlyValue ||
    compareNames(accountLabel(a), accountLabel(b)) ||
    compareNames(a.id, b.id)
  );
}

/** What a receiver's load is made of: the status and complexity of each account, and its owner. */
export type LoadRow = { amId: string; status: AccountStatus; complexity: Complexity };

/** Every AM's load from the agency's account rows (accounts of others than these AMs are left out). */
export function loadsByAm(ams: readonly { id: string }[], accounts: readonly LoadRow[]): Map<string, Load> {
  const booksOf = groupBy(accounts, (a) => a.amId);
  return new Map(ams.map((am) => [am.id, loadOf(booksOf.get(am.id) ?? [])]));
}

/**
 * Plans for every OVERLOADED AM (or only those in `giverIds`), most overloaded first. Plans share one running state,
 * so a receiver filled by the first plan is not offered the same room again by the next.
 */
export function suggestRebalancing(
  ams: readonly RebalanceAm[],
  accounts: readonly RebalanceAccount[],
  guideline: Pick<Guideline, "min" | "max">,
  options: { giverIds?: readonly string[] } = {},
): RebalancePlan[] {
  const loads = loadsByAm(ams, accounts);
  const booksOf = new Map<string, RebalanceAccount[]>(ams.map((am) => [am.id, []]));
  for (const account of accounts) {
    if (countsTowardLoad(account.status)) booksOf.get(account.amId)?.push(account);
  }
  const planner = new Planner(ams, loads, guideline);
  const wanted = options.giverIds ? new Set(options.giverIds) : null;
  const givers = ams
    .filter((am) => (wanted === null || wanted.has(am.id)) && planner.assess(am.id).status === "OVERLOADED")
    .sort((a, b) => planner.assess(b.id).weightedLoad - planner.assess(a.id).weightedLoad || byName(a, b));
  return givers.map((giver) => {
    const { plan, kept, moved } = planner.plan(giver, booksOf.get(giver.id) ?? []);
    // Moved accounts leave the giver's book and join the receiver's, for any later plan.
    booksOf.set(giver.id, kept);
    for (const account of moved) booksOf.get(account.amId)?.push(account);
    return plan;
  });
}

/**
 * One overloaded AM's plan, from every AM's load (`loadsByAm` over light rows) and the giver's own book: what the AM
 * page needs, without reading every account of the agency in full. The same plan as `suggestRebalancing` with this
 * giver alone; null when the AM is not overloaded.
 */
export function suggestRebalancingFor(
  giver: RebalanceAm,
  book: readonly RebalanceAccount[],
  ams: readonly RebalanceAm[],
  loads: ReadonlyMap<string, Load>,
  guideline: Pick<Guideline, "min" | "max">,
): RebalancePlan | null {
  const copy = new Map([...loads].map(([amId, load]) => [amId, { ...load }]));
  const planner = new Planner(ams, copy, guideline);
  if (planner.assess(giver.id).status !== "OVERLOADED") return null;
  return planner.plan(
    giver,
    book.filter((a) => countsTowardLoad(a.status)),
  ).plan;
}

const byName = (a: RebalanceAm, b: RebalanceAm) => compareNames(a.name, b.name) || compareNames(a.id, b.id);

/** Plans hand-overs against a shared, running tally of loads (each plan's moves count for the next). */
class Planner {
  constructor(
    private readonly ams: readonly RebalanceAm[],
    private readonly loads: Map<string, Load>,
    private readonly guideline: Pick<Guideline, "min" | "max">,
  ) {}

  assess = (amId: string): BookAssessment =>
    assessLoad(this.loads.get(amId) ?? { load: 0, weightedLoad: 0 }, this.guideline);

  plan(giver: RebalanceAm, book: readonly RebalanceAccount[]) {
    const { ams, loads, assess, guideline } = this;
    const giverBefore = assess(giver.id);
    const receiversBefore = new Map(ams.map((am) => [am.id, assess(am.id)]));
    const candidates = [...book].sort(compareHandoverOrder);
    const moves: RebalanceMove[] = [];
    const moved: RebalanceAccount[] = [];

    while (assess(giver.id).status === "OVERLOADED") {
      const move = firstPlaceableMove(giver, candidates, ams, assess, guideline.max);
      if (!move) break;
      const { account, receiver } = move;
      const weight = COMPLEXITY_WEIGHT[account.complexity];
      const fromBefore = assess(giver.id);
      const toBefore = assess(receiver.id);
      shift(loads.get(giver.id), -1, -weight);
      shift(loads.get(receiver.id), 1, weight);
      candidates.splice(candidates.indexOf(account), 1);
      moved.push({ ...account, amId: receiver.id });
      moves.push({
        accountId: account.id,
        accountName: accountLabel(account),
        weight,
        from: { amId: giver.id, amName: giver.name, before: fromBefore, after: assess(giver.id) },
        to: { amId: receiver.id, amName: receiver.name, before: toBefore, after: assess(receiver.id) },
      });
    }

    const receivers = ams
      .filter((am) => moves.some((m) => m.to.amId === am.id))
      .sort(byName)
      .map((am) => {
        const before = receiversBefore.get(am.id) ?? assess(am.id);
        return { amId: am.id, amName: am.name, before, after: assess(am.id) };
      });
    const giverPreview = { amId: giver.id, amName: giver.name, before: giverBefore, after: assess(giver.id) };
    const resolved = giverPreview.after.status !== "OVERLOADED";
    const explanation = explain(giverPreview, moves, resolved, guideline.max);
    const plan: RebalancePlan = { giver: giverPreview, moves, receivers, resolved, explanation };
    return { plan, kept: candidates, moved };
  }
}

/** The first account, in handover order, that some other AM can take without going over max; and that AM. */
function firstPlaceableMove(
  giver: RebalanceAm,
  candidates: readonly RebalanceAccount[],
  ams: readonly RebalanceAm[],
  assess: (amId: string) => BookAssessment,
  max: number,
): { account: RebalanceAccount; receiver: RebalanceAm } | null {
  for (const account of candidates) {
    const weight = COMPLEXITY_WEIGHT[account.complexity];
    const receiver = ams
      .filter((am) => am.id !== giver.id && assess(am.id).weightedLoad + weight <= max)
      // Most headroom first, so the work spreads instead of filling one colleague to the brim.
      .sort((a, b) => assess(b.id).headroom - assess(a.id).headroom || byName(a, b))[0];
    if (receiver) return { account, receiver };
  }
  return null;
}

function shift(load: Load | undefined, count: number, weight: number): void {
  if (!load) return;
  load.load += count;
  load.weightedLoad += weight;
}

function explain(giver: BookPreview, moves: readonly RebalanceMove[], resolved: boolean, max: number): string {
  const from = formatAmount(giver.before.weightedLoad);
  const to = formatAmount(giver.after.weightedLoad);
  if (moves.length === 0) {
    return (
      `${giver.amName} carries ${from} weighted accounts (max ${max}), but nobody else has room for any of them ` +
      `without going over the guideline.`
    );
  }
  const names = [...new Set(moves.map((m) => m.to.amName))].join(", ");
  const summary =
    `Hand ${plural(moves.length, "account")} from ${giver.amName} to ${names}: ` +
    `${giver.amName} goes from ${from} to ${to} weighted accounts`;
  return resolved
    ? `${summary}, within the guideline (max ${max}).`
    : `${summary}, still over the guideline (max ${max}): nobody else has room for more.`;
}
