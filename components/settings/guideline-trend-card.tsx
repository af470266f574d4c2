import { LazyLoadTrendChart } from "@/components/charts/lazy-load-trend-chart";
import { AM_STATUS_COLOR, PALETTE } from "@/components/portfolio/labels";
import { Card } from "@/components/ui/card";
import type { AgencyLoadHistory } from "@/lib/domain/agencies/load-history";
import { amStatus } from "@/lib/domain/portfolio/load";
import { formatRange } from "@/lib/domain/portfolio/text";
import { GuidelineHistoryList } from "./guideline-history-list";

/** The dashboard's 12-month view of load per AM against the guideline in force each month, and the rule's history. */
export function GuidelineTrendCard({ history }: { history: AgencyLoadHistory }) {
  const { points, guideline, changes } = history;
  const last = points.at(-1);
  const data = points.map((p) => ({
    label: p.label.replace(/ (\d{2})(\d{2})$/, " ’$2"),
    weightedLoad: p.weightedLoad,
    bandMin: p.bandMin,
    bandMax: p.bandMax,
    changeNote: p.changeNote,
  }));
  const label =
    `Mean weighted load per account manager by month, ending at ${last?.weightedLoad ?? 0}, against the guideline ` +
    `in force each month (now ${formatRange(guideline.min, guideline.max)}` +
    (changes.length > 0 ? `; it changed ${changes.length === 1 ? "once" : `${changes.length} times`}).` : ").");
  return (
    <Card
      id="guideline-history"
      title="Load per AM over 12 months"
      description="Mean weighted load of today's account managers, against the guideline that applied each month."
    >
      <LazyLoadTrendChart
        data={data}
        label={label}
        loadName="Mean weighted load per AM"
        lineColor={last ? AM_STATUS_COLOR[amStatus(last.weightedLoad, guideline)] : PALETTE.blue}
        bandColor={PALETTE.green}
        height={220}
      />
      <GuidelineHistoryList changes={changes} current={guideline} />
      <p className="mt-2 text-xs text-slate-500">
        Reconstructed like the AM pages’ trends: today’s owners, counted from each account’s start until it was
        archived; {history.accountManagers} account managers today.
      </p>
    </Card>
  );
}
