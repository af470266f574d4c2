/**
 * The leader digest's figures and their week-on-week changes. Pure: the figures come from the same portfolio
 * functions as the dashboard (buildDashboard's signals, healthScoresByAccount), and each digest row stores the
 * figures it reported, so the next digest's deltas compare against exactly what the leader was told last time.
 */
import type { Dashboard } from "@/lib/domain/portfolio/dashboard";
import { healthBand, type HealthBand } from "@/lib/domain/portfolio/health";
import { healthScoresByAccount } from "@/lib/domain/portfolio/signals";
import type { PortfolioSnapshot, SignalRules } from "@/lib/domain/portfolio/signal-types";

export type Named = { id: string; name: string };

export type LeaderFigures = {
  overloadedAms: Named[];
  renewalsAtRisk: Named[];
  overdueCheckIns: number;
  offTrackProjects: Named[];
  health: Record<HealthBand | "unscored", number>;
  /** Health score per load-bearing account (null = not scored), for "health moves". */
  accounts: Record<string, { name: string; score: number | null }>;
};

export function leaderFigures(
  dashboard: Dashboard,
  snapshot: PortfolioSnapshot,
  rules: Pick<SignalRules, "cadence" | "healthWeights">,
  today: Date,
): LeaderFigures {
  const subjects = (type: string) =>
    dashboard.signals
      .filter((s) => s.type === type)
      .map((s) => ({ id: s.subject.id, name: s.subject.name }))
      .sort(byName);
  const scores = healthScoresByAccount(snapshot.accounts, snapshot.projects, today, rules);
  const names = new Map(snapshot.accounts.map((a) => [a.id, a.name]));
  const accounts: LeaderFigures["accounts"] = {};
  for (const [id, score] of scores) accounts[id] = { name: names.get(id) ?? id, score };
  return {
    overloadedAms: subjects("AM_OVERLOADED"),
    renewalsAtRisk: subjects("RENEWAL_AT_RISK"),
    overdueCheckIns: dashboard.headline.overdueCheckIns,
    offTrackProjects: snapshot.projects
      .filter((p) => p.status === "OFF_TRACK")
      .map((p) => ({ id: p.id, name: p.name }))
      .sort(byName),
    health: { ...dashboard.health },
    accounts,
  };
}

export type HealthMove = Named & { from: HealthBand; to: HealthBand; fromScore: number; toScore: number };

export type LeaderDelta = {
  newOverloads: Named[];
  clearedOverloads: Named[];
  newRenewalRisks: Named[];
  clearedRenewalRisks: Named[];
  overdueChange: number;
  newOffTrack: Named[];
  backOnTrack: Named[];
  improved: HealthMove[];
  worsened: HealthMove[];
};

const BAND_RANK: Record<HealthBand, number> = { at_risk: 0, watch: 1, healthy: 2 };

/** Changes since the previous digest; null when there is none (the first digest states the figures only). */
export function leaderDelta(previous: LeaderFigures | null, current: LeaderFigures): LeaderDelta | null {
  if (!previous) return null;
  const moves: HealthMove[] = [];
  for (const [id, now] of Object.entries(current.accounts)) {
    const before = previous.accounts[id];
    if (!before || before.score === null || now.score === null) continue;
    const from = healthBand(before.score);
    const to = healthBand(now.score);
    if (from !== to) moves.push({ id, name: now.name, from, to, fromScore: before.score, toScore: now.score });
  }
  moves.sort(byName);
  return {
    newOverloads: minus(current.overloadedAms, previous.overloadedAms),
    clearedOverloads: minus(previous.overloadedAms, current.overloadedAms),
    newRenewalRisks: minus(current.renewalsAtRisk, previous.renewalsAtRisk),
    clearedRenewalRisks: minus(previous.renewalsAtRisk, current.renewalsAtRisk),
    overdueChange: current.overdueCheckIns - previous.overdueCheckIns,
    newOffTrack: minus(current.offTrackProjects, previous.offTrackProjects),
    backOnTrack: minus(previous.offTrackProjects, current.offTrackProjects),
    improved: moves.filter((m) => BAND_RANK[m.to] > BAND_RANK[m.from]),
    worsened: moves.filter((m) => BAND_RANK[m.to] < BAND_RANK[m.from]),
  };
}

function minus(a: readonly Named[], b: readonly Named[]): Named[] {
  const ids = new Set(b.map((x) => x.id));
  return a.filter((x) => !ids.has(x.id));
}

function byName(a: Named, b: Named) {
  return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** "+3", "−2", "no change". */
export function signed(n: number): string {
  if (n === 0) return "no change";
  return n > 0 ? `+${n}` : `−${-n}`;
}
