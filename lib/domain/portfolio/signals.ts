/**
 * Every signal of DESIGN.md's table over one portfolio snapshot, in a stable display order. The individual rules live
 * in am-signals.ts, account-signals.ts, relationship-signals.ts and project-signals.ts and can be called on their own.
 */
import {
  renewalAtRiskSignals,
  checkInOverdueSignals,
  noGrowthPlanSignals,
  sentimentDropSignals,
} from "./account-signals";
import { amLoadSignals, burnoutRiskSignals, roleOverlapSignals } from "./am-signals";
import { commercialSignals } from "@/lib/domain/commercial/portfolio-signals";
import { computeAccountHealth, healthScorer, type AccountHealth } from "./health";
import { countsTowardLoad } from "./load";
import { staleProjectSignals } from "./project-signals";
import { relationshipRiskSignals } from "./relationship-signals";
import {
  DEFAULT_SIGNAL_RULES,
  SEVERITY_ORDER,
  SIGNAL_TYPE_ORDER,
  type AccountSnapshot,
  type PortfolioSnapshot,
  type ProjectSnapshot,
  type Signal,
  type SignalRules,
} from "./signal-types";
import { compareNames } from "./text";

/** Health of one account from the snapshot lists (its projects are picked out of `projects` by accountId). */
export function accountHealthFromSnapshot(
  account: AccountSnapshot,
  projects: readonly ProjectSnapshot[],
  today: Date,
  rules: Pick<SignalRules, "cadence" | "healthWeights"> = DEFAULT_SIGNAL_RULES,
): AccountHealth {
  return computeAccountHealth(
    {
      tier: account.tier,
      lastCheckInAt: account.lastCheckInAt,
      recentSentiments: account.recentSentiments,
      projectStatuses: projects.filter((p) => p.accountId === account.id).map((p) => p.status),
      kpis: account.kpis,
    },
    today,
    { weights: rules.healthWeights, cadence: rules.cadence },
  );
}

/** Health scores of the load-bearing accounts, computed with one pass over the projects. */
export function healthScoresByAccount(
  accounts: readonly AccountSnapshot[],
  projects: readonly ProjectSnapshot[],
  today: Date,
  rules: Pick<SignalRules, "cadence" | "healthWeights"> = DEFAULT_SIGNAL_RULES,
): Map<string, number | null> {
  const projectsByAccount = new Map<string, ProjectSnapshot[]>();
  for (const project of projects) {
    const list = projectsByAccount.get(project.accountId);
    if (list) list.push(project);
    else projectsByAccount.set(project.accountId, [project]);
  }
  // Scores only: the explanations (components, details, what drags it down) are for the one account a page shows.
  const score = healthScorer(today, { weights: rules.healthWeights, cadence: rules.cadence });
  const scores = new Map<string, number | null>();
  for (const account of accounts) {
    if (!countsTowardLoad(account.status)) continue;
    const projectStatuses = (projectsByAccount.get(account.id) ?? []).map((p) => p.status);
    scores.set(account.id, score({ ...account, projectStatuses }));
  }
  return scores;
}

export function compareSignals(a: Signal, b: Signal): number {
  return (
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    SIGNAL_TYPE_ORDER.indexOf(a.type) - SIGNAL_TYPE_ORDER.indexOf(b.type) ||
    compareNames(a.subject.name, b.subject.name) ||
    compareNames(a.subject.id, b.subject.id) ||
    compareNames(a.reason, b.reason)
  );
}

/**
 * All signals for the snapshot, most severe first. `rules` overrides the defaults (pass the agency's cadence and
 * health weights); `healthScores` lets a caller that already scored the accounts skip recomputing them.
 */
export function detectSignals(
  snapshot: PortfolioSnapshot,
  today: Date,
  rules: Partial<SignalRules> = {},
  healthScores?: ReadonlyMap<string, number | null>,
): Signal[] {
  const r: SignalRules = { ...DEFAULT_SIGNAL_RULES, ...rules };
  const { guideline, ams, accounts, projects, clients } = snapshot;
  const health = healthScores ?? healthScoresByAccount(accounts, projects, today, r);
  return [
    ...amLoadSignals(ams, accounts, guideline),
    ...checkInOverdueSignals(accounts, today, r),
    ...burnoutRiskSignals(ams, accounts, projects, guideline, today, r),
    ...relationshipRiskSignals(clients, today, r),
    ...roleOverlapSignals(ams, accounts, projects),
    ...noGrowthPlanSignals(accounts),
    ...staleProjectSignals(projects, today, r),
    ...renewalAtRiskSignals(accounts, health, today, r),
    ...sentimentDropSignals(accounts, r),
    ...commercialSignals(snapshot, today),
  ].sort(compareSignals);
}
