/**
 * The leader dashboard's figures, composed from one portfolio snapshot by the pure rules (no I/O). AM load and
 * status always use the AM's whole book; filters (tier, AM, AM status) only narrow what is shown.
 */
import { buildCommercialDashboard, type CommercialDashboard } from "@/lib/domain/commercial/dashboard";
import type { CheckInCadence } from "./cadence";
import type { Guideline } from "./guideline";
import { healthBand, type HealthBand } from "./health";
import { groupBy } from "@/lib/group-by";
import { assessBook, countsTowardLoad, type AmStatus, type BookAssessment, type LoadAccount } from "./load";
import type { CommercialSnapshot } from "@/lib/domain/commercial/snapshot";
import { RECENCY_BUCKETS, standingOf, type RecencyBucket, type SignalStanding, type Standing } from "./standing";
import { compareSignals } from "./signals";
import {
  SEVERITY_ORDER,
  SIGNAL_TYPE_ORDER,
  type AmSnapshot,
  type PortfolioSnapshot,
  type Signal,
  type SignalRules,
  type SignalSeverity,
} from "./signal-types";
import { compareNames } from "./text";
import type { ClientTier, ProjectStatus } from "./types";

export { RECENCY_BUCKETS, recencyBucket, type RecencyBucket } from "./standing";

export type DashboardFilters = { tier?: ClientTier; amId?: string; amStatus?: AmStatus };
export type PipelineStage = { stage: string; count: number; monthlyValue: number };

export type AmLoadRow = BookAssessment & { id: string; name: string };
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
/** Subjects the dashboard's "needs attention" panel shows; the rest are one link away. */
export const ATTENTION_LIMIT = 15;

/** The dashboard and its whole "needs attention" ranking (the full list pages through it), ranked once. */
export function composeDashboard(
  snapshot: PortfolioSnapshot,
  pipeline: readonly PipelineStage[],
  rules: Pick<SignalRules, "cadence" | "healthWeights">,
  today: Date,
  filters: DashboardFilters = {},
): { dashboard: Dashboard; attention: AttentionItem[] } {
  const { guideline, ams, commercial } = snapshot;
  return sumStanding({ guideline, ams, commercial, pipeline, ...standingOf(snapshot, rules, today) }, today, filters);
}

/** What the dashboard sums: the rules' standing (computed now, or stored per book) and the agency-wide reads. */
export type StandingInput = Standing & {
  guideline: Guideline;
  ams: readonly AmSnapshot[];
  pipeline: readonly PipelineStage[];
  commercial?: CommercialSnapshot | null;
};

/**
 * The dashboard from a standing: AM loads, sums over the shown accounts, the shown signals in detectSignals' order and
 * their whole ranking. Both the live composition and the stored standing come through here (or through
 * dashboard-lists.ts `summarizeStanding`, which shares `figuresOf`), so they cannot sum differently.
 */
export function sumStanding(
  input: StandingInput,
  today: Date,
  filters: DashboardFilters = {},
): { dashboard: Dashboard; attention: AttentionItem[] } {
  const { figures, signals, valueOf } = figuresOf(input, today, filters);
  const sorted = [...signals].sort(compareSignals);
  const attention = rankAttention(sorted, valueOf);
  const dashboard: Dashboard = {
    ...figures,
    signals: sorted.map(plainSignal),
    needsAttention: attention.slice(0, ATTENTION_LIMIT),
  };
  return { dashboard, attention };
}

export type DashboardFigures = Omit<Dashboard, "signals" | "needsAttention">;

/** Everything but the two long lists: those come back unsorted, with what ranking them needs. */
export function figuresOf(
  input: StandingInput,
  today: Date,
  filters: DashboardFilters,
): { figures: DashboardFigures; signals: SignalStanding[]; valueOf: Map<string, number> } {
  const { guideline } = input;
  const amLoads = amLoadRows(input.ams, input.accounts, guideline, filters);
  const shownAms = new Set(amLoads.map((am) => am.id));
  const accounts = input.accounts.filter(
    (a) => countsTowardLoad(a.status) && shownAms.has(a.amId) && (!filters.tier || a.tier === filters.tier),
  );
  const shownAccounts = new Set(accounts.map((a) => a.id));
  const shownClients = new Set(accounts.map((a) => a.clientId));
  const filtered = Object.keys(filters).length > 0;
  const signals = filtered
    ? input.signals.filter((signal) => isShown(signal, { shownAms, shownAccounts, shownClients }))
    : input.signals;

  const health = { healthy: 0, watch: 0, at_risk: 0, unscored: 0 };
  const recency = Object.fromEntries(RECENCY_BUCKETS.map((b) => [b, 0])) as Record<RecencyBucket, number>;
  const revenueByTier: Record<ClientTier, number> = { TIER_1: 0, TIER_2: 0, TIER_3: 0 };
  const projectStatus: Record<ProjectStatus, number> = {
    NOT_STARTED: 0,
    ON_TRACK: 0,
    AT_RISK: 0,
    OFF_TRACK: 0,
    ON_HOLD: 0,
    DONE: 0,
  };
  let revenueAtRisk = 0;
  for (const account of accounts) {
    const band = account.score === null ? null : healthBand(account.score);
    health[band ?? "unscored"] += 1;
    recency[account.recency] += 1;
    revenueByTier[account.tier] += account.monthlyValue;
    if (band === "at_risk" || account.status === "AT_RISK") revenueAtRisk += account.monthlyValue;
    for (const status of account.projectStatuses) projectStatus[status] += 1;
  }
  let overdueCheckIns = 0;
  for (const signal of signals) if (signal.type === "CHECK_IN_OVERDUE") overdueCheckIns += 1;

  const figures: DashboardFigures = {
    guideline,
    headline: {
      accounts: accounts.length,
      ams: amLoads.length,
      monthlyValue: cents(sum(accounts.map((a) => a.monthlyValue))),
      revenueAtRisk: cents(revenueAtRisk),
      overdueCheckIns,
      offTrackProjects: projectStatus.OFF_TRACK,
    },
    amLoads,
    health,
    recency,
    projectStatus,
    revenueByTier: {
      TIER_1: cents(revenueByTier.TIER_1),
      TIER_2: cents(revenueByTier.TIER_2),
      TIER_3: cents(revenueByTier.TIER_3),
    },
    pipeline: [...input.pipeline],
    commercial: input.commercial
      ? buildCommercialDashboard(
          input.commercial,
          input.ams,
          today,
          filters.amId || filters.amStatus ? shownAms : undefined,
        )
      : null,
  };
  return { figures, signals, valueOf: new Map(input.accounts.map((a) => [a.id, a.monthlyValue])) };
}

/** A signal as the page gets it (the standing's accountId is for filtering only). */
export function plainSignal({ type, severity, subject, reason }: SignalStanding): Signal {
  return { type, severity, subject, reason };
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

/** Under a filter: a signal about a shown AM, a shown account, a project on one, or the client of one. */
function isShown(
  signal: SignalStanding,
  ctx: { shownAms: Set<string>; shownAccounts: Set<string>; shownClients: Set<string> },
): boolean {
  switch (signal.subject.kind) {
    case "am":
      return ctx.shownAms.has(signal.subject.id);
    case "account":
    case "project":
      return signal.accountId !== null && ctx.shownAccounts.has(signal.accountId);
    case "client":
      return ctx.shownClients.has(signal.subject.id);
  }
}

/** One entry per subject, ranked by summed severity, then by the revenue involved (the whole ranking). */
export function rankAttention(signals: readonly Signal[], valueOf: ReadonlyMap<string, number>): AttentionItem[] {
  return attentionItems(signals, valueOf)
    .sort(compareAttention)
    .map(({ subject, severity, monthlyValue, reasons }) => ({ subject, severity, monthlyValue, reasons }));
}

export type RankedAttentionItem = AttentionItem & { points: number };

/** One entry per subject, unranked; each entry's reasons most severe first (then by type and text, a total order). */
export function attentionItems(
  signals: readonly Signal[],
  valueOf: ReadonlyMap<string, number>,
): RankedAttentionItem[] {
  const bySubject = new Map<string, RankedAttentionItem>();
  for (const signal of signals) {
    const key = `${signal.subject.kind}:${signal.subject.id}`;
    let item = bySubject.get(key);
    if (!item) {
      item = {
        subject: signal.subject,
        severity: signal.severity,
        monthlyValue: signal.subject.kind === "account" ? (valueOf.get(signal.subject.id) ?? 0) : 0,
        reasons: [],
        points: 0,
      };
      bySubject.set(key, item);
    }
    item.reasons.push({ type: signal.type, severity: signal.severity, reason: signal.reason });
    item.points += SEVERITY_POINTS[signal.severity];
    if (SEVERITY_POINTS[signal.severity] > SEVERITY_POINTS[item.severity]) item.severity = signal.severity;
  }
  const items = [...bySubject.values()];
  for (const item of items) if (item.reasons.length > 1) item.reasons.sort(compareReasons);
  return items;
}

/** The ranking's order: summed severity, the revenue involved, then the subject's name, kind and id. */
export function compareAttention(a: RankedAttentionItem, b: RankedAttentionItem): number {
  return (
    b.points - a.points ||
    b.monthlyValue - a.monthlyValue ||
    compareNames(a.subject.name, b.subject.name) ||
    compareNames(`${a.subject.kind}:${a.subject.id}`, `${b.subject.kind}:${b.subject.id}`)
  );
}

function compareReasons(a: AttentionItem["reasons"][number], b: AttentionItem["reasons"][number]): number {
  return (
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    SIGNAL_TYPE_ORDER.indexOf(a.type) - SIGNAL_TYPE_ORDER.indexOf(b.type) ||
    compareNames(a.reason, b.reason)
  );
}

/** Money summed in floating point, to the cent: the sum must not depend on the order the accounts were read in. */
function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

export type { CheckInCadence };
