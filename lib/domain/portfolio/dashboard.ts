/**
 * The leader dashboard's figures, composed from one portfolio snapshot by the pure rules (no I/O). AM load and
 * status always use the AM's whole book; filters (tier, AM, AM status) only narrow what is shown.
 */
import { buildCommercialDashboard, type CommercialDashboard } from "@/lib/domain/commercial/dashboard";
import { daysSinceCheckIn, type CheckInCadence } from "./cadence";
import type { Guideline } from "./guideline";
import { healthBand, type HealthBand } from "./health";
import { groupBy } from "@/lib/group-by";
import { assessBook, countsTowardLoad, type AmStatus, type BookAssessment, type LoadAccount } from "./load";
import { detectSignals, healthScoresByAccount } from "./signals";
import type { AmSnapshot, PortfolioSnapshot, Signal, SignalRules, SignalSeverity } from "./signal-types";
import { compareNames } from "./text";
import type { ClientTier, ProjectStatus } from "./types";

export type DashboardFilters = { tier?: ClientTier; amId?: string; amStatus?: AmStatus };
export type PipelineStage = { stage: string; count: number; monthlyValue: number };

export type AmLoadRow = BookAssessment & { id: string; name: string };
export type RecencyBucket = "within cadence" | "up to 2× cadence" | "up to 3× cadence" | "beyond 3× cadence" | "never";
export const RECENCY_BUCKETS: readonly RecencyBucket[] = [
  "within cadence",
  "up to 2× cadence",
  "up to 3× cadence",
  "beyond 3× cadence",
  "never",
];

export type AttentionItem = {
  subject: Signal["subject"];
  severity: SignalSeverity;
  monthlyValue: number;
  reasons: { type: Signal["type"]; severity: SignalSeverity; reason: string }[];
};

export type Dashboard = {
  guideline: Guideline;
  headline: {
    accounts: number;
    ams: number;
    monthlyValue: number;
    revenueAtRisk: number;
    overdueCheckIns: number;
    offTrackProjects: number;
  };
  amLoads: AmLoadRow[];
  health: Record<HealthBand | "unscored", number>;
  recency: Record<RecencyBucket, number>;
  projectStatus: Record<ProjectStatus, number>;
  revenueByTier: Record<ClientTier, number>;
  pipeline: PipelineStage[];
  signals: Signal[];
  needsAttention: AttentionItem[];
  /** Time given away and account growth per AM (lib/domain/commercial); null without commercial data. */
  commercial: CommercialDashboard | null;
};

export const SEVERITY_POINTS: Record<SignalSeverity, number> = { critical: 3, warning: 2, info: 1 };
const ATTENTION_LIMIT = 15;

/** The dashboard and its whole "needs attention" ranking (the full list pages through it), ranked once. */
export function composeDashboard(
  snapshot: PortfolioSnapshot,
  pipeline: readonly PipelineStage[],
  rules: Pick<SignalRules, "cadence" | "healthWeights">,
  today: Date,
  filters: DashboardFilters = {},
): { dashboard: Dashboard; attention: AttentionItem[] } {
  const { guideline } = snapshot;
  const amLoads = amLoadRows(snapshot.ams, snapshot.accounts, guideline, filters);
  const shownAms = new Set(amLoads.map((am) => am.id));
  const accounts = snapshot.accounts.filter(
    (a) => countsTowardLoad(a.status) && shownAms.has(a.amId) && (!filters.tier || a.tier === filters.tier),
  );
  const shownAccounts = new Set(accounts.map((a) => a.id));
  const projects = snapshot.projects.filter((p) => shownAccounts.has(p.accountId));
  const shownProjects = new Set(projects.map((p) => p.id));
  const shownClients = new Set(accounts.map((a) => a.clientId));
  const healthScores = healthScoresByAccount(snapshot.accounts, snapshot.projects, today, rules);
  const signals = detectSignals(snapshot, today, rules, healthScores).filter((signal) =>
    isShown(signal, {
      shownAms,
      shownAccounts,
      shownProjects,
      shownClients,
      filtered: Object.keys(filters).length > 0,
    }),
  );

  const health = { healthy: 0, watch: 0, at_risk: 0, unscored: 0 };
  const recency = Object.fromEntries(RECENCY_BUCKETS.map((b) => [b, 0])) as Record<RecencyBucket, number>;
  const revenueByTier: Record<ClientTier, number> = { TIER_1: 0, TIER_2: 0, TIER_3: 0 };
  let revenueAtRisk = 0;
  for (const account of accounts) {
    const score = healthScores.get(account.id) ?? null;
    const band = score === null ? null : healthBand(score);
    health[band ?? "unscored"] += 1;
    recency[recencyBucket(account.lastCheckInAt, rules.cadence[account.tier], today)] += 1;
    revenueByTier[account.tier] += account.monthlyValue;
    if (band === "at_risk" || account.status === "AT_RISK") revenueAtRisk += account.monthlyValue;
  }
  const projectStatus: Record<ProjectStatus, number> = {
    NOT_STARTED: 0,
    ON_TRACK: 0,
    AT_RISK: 0,
    OFF_TRACK: 0,
    ON_HOLD: 0,
    DONE: 0,
  };
  for (const project of projects) projectStatus[project.status] += 1;
  const attention = rankAttention(signals, snapshot);

  const dashboard: Dashboard = {
    guideline,
    headline: {
      accounts: accounts.length,
      ams: amLoads.length,
      monthlyValue: sum(accounts.map((a) => a.monthlyValue)),
      revenueAtRisk,
      overdueCheckIns: signals.filter((s) => s.type === "CHECK_IN_OVERDUE").length,
      offTrackProjects: projectStatus.OFF_TRACK,
    },
    amLoads,
    health,
    recency,
    projectStatus,
    revenueByTier,
    pipeline: [...pipeline],
    signals,
    needsAttention: attention.slice(0, ATTENTION_LIMIT),
    commercial: snapshot.commercial
      ? buildCommercialDashboard(
          snapshot.commercial,
          snapshot.ams,
          today,
          filters.amId || filters.amStatus ? shownAms : undefined,
        )
      : null,
  };
  return { dashboard, attention };
}

/**
 * Every AM's load against the guideline, most loaded first (then by name), narrowed by the AM and AM-status filters
 * (a tier filter narrows accounts, never an AM's load). Needs only each account's owner, status and complexity, so
 * the full AM list reads light rows (load-dashboard-lists.ts `loadAmLoads`) instead of the whole portfolio.
 */
export function amLoadRows(
  ams: readonly AmSnapshot[],
  accounts: readonly (LoadAccount & { amId: string })[],
  guideline: Guideline,
  filters: DashboardFilters = {},
): AmLoadRow[] {
  // One pass over the accounts, not one per AM: 300 AMs × 3,600 accounts was most of the composing time.
  const booksByAm = groupBy(accounts, (a) => a.amId);
  return ams
    .map((am) => ({ id: am.id, name: am.name, ...assessBook(booksByAm.get(am.id) ?? [], guideline) }))
    .filter((am) => (!filters.amId || am.id === filters.amId) && (!filters.amStatus || am.status === filters.amStatus))
    .sort((a, b) => b.weightedLoad - a.weightedLoad || compareNames(a.name, b.name));
}

/** The dashboard alone, for callers that page through no ranking (the digests, `loadDashboard`, the benchmark). */
export function buildDashboard(...args: Parameters<typeof composeDashboard>): Dashboard {
  return composeDashboard(...args).dashboard;
}

function isShown(
  signal: Signal,
  ctx: {
    shownAms: Set<string>;
    shownAccounts: Set<string>;
    shownProjects: Set<string>;
    shownClients: Set<string>;
    filtered: boolean;
  },
): boolean {
  if (!ctx.filtered) return true;
  switch (signal.subject.kind) {
    case "am":
      return ctx.shownAms.has(signal.subject.id);
    case "account":
      return ctx.shownAccounts.has(signal.subject.id);
    case "project":
      return ctx.shownProjects.has(signal.subject.id);
    case "client":
      return ctx.shownClients.has(signal.subject.id);
  }
}

export function recencyBucket(lastCheckInAt: Date | null, cadenceDays: number, today: Date): RecencyBucket {
  const days = daysSinceCheckIn(lastCheckInAt, today);
  if (days === null) return "never";
  if (days <= cadenceDays) return "within cadence";
  if (days <= 2 * cadenceDays) return "up to 2× cadence";
  if (days <= 3 * cadenceDays) return "up to 3× cadence";
  return "beyond 3× cadence";
}

/** One entry per subject, ranked by summed severity, then by the revenue involved (the whole ranking). */
export function rankAttention(signals: readonly Signal[], snapshot: PortfolioSnapshot): AttentionItem[] {
  const valueOf = new Map(snapshot.accounts.map((a) => [a.id, a.monthlyValue]));
  const bySubject = new Map<string, AttentionItem & { points: number }>();
  for (const signal of signals) {
    const key = `${signal.subject.kind}:${signal.subject.id}`;
    const item = bySubject.get(key) ?? {
      subject: signal.subject,
      severity: signal.severity,
      monthlyValue: signal.subject.kind === "account" ? (valueOf.get(signal.subject.id) ?? 0) : 0,
      reasons: [],
      points: 0,
    };
    item.reasons.push({ type: signal.type, severity: signal.severity, reason: signal.reason });
    item.points += SEVERITY_POINTS[signal.severity];
    if (SEVERITY_POINTS[signal.severity] > SEVERITY_POINTS[item.severity]) item.severity = signal.severity;
    bySubject.set(key, item);
  }
  return [...bySubject.values()]
    .sort(
      (a, b) => b.points - a.points || b.monthlyValue - a.monthlyValue || compareNames(a.subject.name, b.subject.name),
    )
    .map(({ subject, severity, monthlyValue, reasons }) => ({ subject, severity, monthlyValue, reasons }));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

export type { CheckInCadence };
