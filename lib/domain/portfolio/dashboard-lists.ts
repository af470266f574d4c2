import {
  firstInOrder,
  pageInMemory,
  smallest,
  type MemoryKey,
  type Page,
  type PageRequest,
} from "@/lib/pagination/keyset";
import {
  ATTENTION_LIMIT,
  attentionItems,
  compareAttention,
  figuresOf,
  plainSignal,
  SEVERITY_POINTS,
  type AmLoadRow,
  type AttentionItem,
  type Dashboard,
  type DashboardFigures,
  type DashboardFilters,
  type StandingInput,
} from "./dashboard";
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
  const { signals, needsAttention, ...figures } = dashboard;
  return summaryOf(figures, signals, needsAttention, attentionTotal);
}

/**
 * The same summary straight from a standing, ranking only what the page shows: the top five of each signal type and
 * the top of "needs attention" are picked in one pass each instead of sorting thousands (what keeps a large agency's
 * dashboard near the SQL floor, scripts/bench/portfolio.ts). Equal to `summarizeDashboard` over `sumStanding`
 * (tests/integration/stored-standing.test.ts checks it).
 */
export function summarizeStanding(input: StandingInput, today: Date, filters: DashboardFilters = {}): DashboardSummary {
  const { figures, signals, valueOf } = figuresOf(input, today, filters);
  const items = attentionItems(signals, valueOf);
  const top = smallest(items, ATTENTION_LIMIT, (item) => item, compareAttention).map(
    ({ subject, severity, monthlyValue, reasons }) => ({ subject, severity, monthlyValue, reasons }),
  );
  return summaryOf(figures, signals.map(plainSignal), top, items.length);
}

function summaryOf(
  figures: DashboardFigures,
  signals: readonly Signal[],
  needsAttention: AttentionItem[],
  attentionTotal: number,
): DashboardSummary {
  const signalCounts = Object.fromEntries(SIGNAL_TYPE_ORDER.map((t) => [t, 0])) as SignalCounts;
  const byType = new Map<SignalType, Signal[]>(SIGNAL_TYPE_ORDER.map((t) => [t, []]));
  for (const signal of signals) {
    signalCounts[signal.type] += 1;
    byType.get(signal.type)!.push(signal);
  }
  const top = SIGNAL_TYPE_ORDER.flatMap((type) =>
    firstInOrder(SIGNAL_KEYS, byType.get(type)!, DASHBOARD_SIGNALS_PER_TYPE),
  );
  const amStatusCounts: Record<AmStatus, number> = { OVERLOADED: 0, AT_CAPACITY: 0, HEALTHY: 0, UNDER: 0 };
  for (const am of figures.amLoads) amStatusCounts[am.status] += 1;
  return {
    ...figures,
    amLoads: figures.amLoads.slice(0, DASHBOARD_AMS), // already in the dashboard's order
    amTotal: figures.amLoads.length,
    amStatusCounts,
    signals: top,
    needsAttention,
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
