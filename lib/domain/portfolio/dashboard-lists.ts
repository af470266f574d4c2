import { pageInMemory, type MemoryKey, type Page, type PageRequest } from "@/lib/pagination/keyset";
import { SEVERITY_POINTS, type AmLoadRow, type AttentionItem, type Dashboard } from "./dashboard";
import type { AmStatus } from "./load";
import { SEVERITY_ORDER, SIGNAL_TYPE_ORDER, type Signal, type SignalType } from "./signal-types";

/**
 * The dashboard's two long lists — "needs attention" and "all signals" — are composed in memory from the whole
 * portfolio. The dashboard shows the top of each and links to a full list page that pages through the same
 * composition with keyset cursors (`pageInMemory`), so a large agency's dashboard stays small.
 */

/** Signals shown per type on the dashboard; the rest are one link away. */
export const DASHBOARD_SIGNALS_PER_TYPE = 5;
export const FULL_LIST_PAGE_SIZE = 25;
/**
 * AMs the dashboard carries: the most loaded, as many as its chart draws (components/portfolio/am-load-panel.tsx);
 * the full AM list page has the rest. 25, not more: each charted AM costs about 2 KB of page (bar, table row and
 * their hydration payload), and the 250 KB page budget (scripts/bench/pages.ts) holds the whole dashboard.
 */
export const DASHBOARD_AMS = 25;

export type SignalCounts = Record<SignalType, number>;

/** What the dashboard page and its JSON endpoint hand to the browser: every figure, the top of each long list. */
export type DashboardSummary = Dashboard & {
  signalCounts: SignalCounts;
  attentionTotal: number;
  /** Every AM in view and their statuses, while `amLoads` holds only the most loaded. */
  amTotal: number;
  amStatusCounts: Record<AmStatus, number>;
};

/** The dashboard's AM order (highest weighted load first, then name), as keyset keys for the full AM list. */
export const AM_LOAD_KEYS: MemoryKey<AmLoadRow>[] = [
  { dir: "desc", value: (am) => am.weightedLoad },
  { dir: "asc", value: (am) => am.name },
  { dir: "asc", value: (am) => am.id },
];

/** Same order as the dashboard's ranking: summed severity, revenue involved, name; kind and id make it total. */
export const ATTENTION_KEYS: MemoryKey<AttentionItem>[] = [
  { dir: "desc", value: (item) => item.reasons.reduce((sum, r) => sum + SEVERITY_POINTS[r.severity], 0) },
  { dir: "desc", value: (item) => item.monthlyValue },
  { dir: "asc", value: (item) => item.subject.name },
  { dir: "asc", value: (item) => `${item.subject.kind}:${item.subject.id}` },
];

/** Within a type: most severe first, then by subject name; subject and reason make it total. */
export const SIGNAL_KEYS: MemoryKey<Signal>[] = [
  { dir: "asc", value: (s) => SEVERITY_ORDER.indexOf(s.severity) },
  { dir: "asc", value: (s) => s.subject.name },
  { dir: "asc", value: (s) => `${s.subject.kind}:${s.subject.id}` },
  { dir: "asc", value: (s) => s.reason },
];

export function signalsOfType(signals: readonly Signal[], type: SignalType): Signal[] {
  return signals.filter((s) => s.type === type);
}

/** The dashboard with the top of each signal group and every group's count, for the browser. */
export function summarizeDashboard(dashboard: Dashboard, attentionTotal: number): DashboardSummary {
  const signalCounts = Object.fromEntries(SIGNAL_TYPE_ORDER.map((t) => [t, 0])) as SignalCounts;
  for (const signal of dashboard.signals) signalCounts[signal.type] += 1;
  const top = SIGNAL_TYPE_ORDER.flatMap(
    (type) =>
      pageInMemory(SIGNAL_KEYS, signalsOfType(dashboard.signals, type), { size: DASHBOARD_SIGNALS_PER_TYPE }).items,
  );
  const amStatusCounts: Record<AmStatus, number> = { OVERLOADED: 0, AT_CAPACITY: 0, HEALTHY: 0, UNDER: 0 };
  for (const am of dashboard.amLoads) amStatusCounts[am.status] += 1;
  return {
    ...dashboard,
    amLoads: dashboard.amLoads.slice(0, DASHBOARD_AMS), // already in the dashboard's order
    amTotal: dashboard.amLoads.length,
    amStatusCounts,
    signals: top,
    signalCounts,
    attentionTotal,
  };
}

export function pageAttention(items: readonly AttentionItem[], request: PageRequest): Page<AttentionItem> {
  return pageInMemory(ATTENTION_KEYS, items, request);
}

export function pageSignals(signals: readonly Signal[], type: SignalType, request: PageRequest): Page<Signal> {
  return pageInMemory(SIGNAL_KEYS, signalsOfType(signals, type), request);
}
