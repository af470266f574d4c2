import { pageInMemory, type MemoryKey, type Page, type PageRequest } from "@/lib/pagination/keyset";
import { SEVERITY_POINTS, type AttentionItem, type Dashboard } from "./dashboard";
import { SEVERITY_ORDER, SIGNAL_TYPE_ORDER, type Signal, type SignalType } from "./signal-types";

/**
 * The dashboard's two long lists — "needs attention" and "all signals" — are composed in memory from the whole
 * portfolio. The dashboard shows the top of each and links to a full list page that pages through the same
 * composition with keyset cursors (`pageInMemory`), so a large agency's dashboard stays small.
 */

/** Signals shown per type on the dashboard; the rest are one link away. */
export const DASHBOARD_SIGNALS_PER_TYPE = 5;
export const FULL_LIST_PAGE_SIZE = 50;

export type SignalCounts = Record<SignalType, number>;

/** What the dashboard page and its JSON endpoint hand to the browser: every figure, the top of each long list. */
export type DashboardSummary = Dashboard & { signalCounts: SignalCounts; attentionTotal: number };

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
  return { ...dashboard, signals: top, signalCounts, attentionTotal };
}

export function pageAttention(items: readonly AttentionItem[], request: PageRequest): Page<AttentionItem> {
  return pageInMemory(ATTENTION_KEYS, items, request);
}

export function pageSignals(signals: readonly Signal[], type: SignalType, request: PageRequest): Page<Signal> {
  return pageInMemory(SIGNAL_KEYS, signalsOfType(signals, type), request);
}
