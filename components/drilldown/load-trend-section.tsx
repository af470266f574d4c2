import { AM_STATUS_COLOR, PALETTE } from "@/components/portfolio/labels";
import { GuidelineHistoryList } from "@/components/settings/guideline-history-list";
import type { BandPoint, GuidelineChangeRow } from "@/lib/domain/agencies/rule-history";
import type { Guideline } from "@/lib/domain/portfolio/guideline";
import { amStatus } from "@/lib/domain/portfolio/load";
import type { LoadTrendPoint } from "@/lib/domain/portfolio/load-trend";
import { formatAmount, formatRange } from "@/lib/domain/portfolio/text";
import { LoadTrendChart } from "./load-trend-chart";
import { HeaderRow, numeric } from "@/components/ui/table";

type Props = {
  trend: (LoadTrendPoint & { measured?: boolean })[];
  guideline: Guideline;
  bands: BandPoint[];
  changes: GuidelineChangeRow[];
};

const shortLabel = (label: string) => label.replace(/ (\d{2})(\d{2})$/, " ’$2");

/** The AM's load over the last 12 months against the guideline in force each month, with the data's limits stated. */
export function LoadTrendSection({ trend, guideline, bands, changes }: Props) {
  const first = trend[0];
  const last = trend.at(-1);
  const data = trend.map((p, i) => ({
    label: shortLabel(p.label),
    weightedLoad: p.weightedLoad,
    load: p.load,
    bandMin: bands[i]?.bandMin ?? guideline.min,
    bandMax: bands[i]?.bandMax ?? guideline.max,
    changeNote: bands[i]?.changeNote ?? null,
  }));
  const label =
    first && last
      ? `Weighted load by month from ${first.label} (${formatAmount(first.weightedLoad)}) to ${last.label} ` +
        `(${formatAmount(last.weightedLoad)}), against the guideline band in force each month, now ` +
        `${formatRange(guideline.min, guideline.max)}.`
      : "Weighted load by month";
  const lineColor = last ? AM_STATUS_COLOR[amStatus(last.weightedLoad, guideline)] : PALETTE.blue;
  return (
    <div>
      <LoadTrendChart data={data} label={label} lineColor={lineColor} bandColor={PALETTE.green} />
      <GuidelineHistoryList changes={changes} current={guideline} />
      {trend.some((p) => p.measured) && (
        <p className="mt-3 text-xs text-slate-600">
          {trend.filter((p) => p.measured).length} of these months come from the daily snapshots (the load measured on
          the month’s last recorded day); the other months are reconstructed as described below.
        </p>
      )}
      <p className="mt-3 text-xs text-slate-500">
        Reconstructed from stored dates, because ownership history is not recorded yet: each month counts the accounts
        this AM owns <em>today</em> that had started by the month’s end (an unknown start counts as before the first
        month) and were not yet archived, weighted by complexity. Accounts handed over in the past, and paused or
        churned accounts (whose stop date is not stored), are not counted. The current month is measured as of today.
      </p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-indigo-700">Show the numbers</summary>
        <table className="mt-2 w-full max-w-md text-sm">
          <caption className="sr-only">Load by month</caption>
          <HeaderRow
            look="compact"
            cells={["Month", numeric("Accounts"), numeric("Weighted load"), numeric("Guideline")]}
          />
          <tbody>
            {trend.map((p, i) => (
              <tr key={p.month} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {p.label}
                  {p.partial && <span className="text-slate-500"> (to date)</span>}
                </th>
                <td className="px-3 py-1 text-right font-mono tabular-nums">{p.load}</td>
                <td className="px-3 py-1 text-right font-mono tabular-nums">{formatAmount(p.weightedLoad)}</td>
                <td className="py-1 pl-3 text-right font-mono tabular-nums">
                  {formatRange(data[i]!.bandMin, data[i]!.bandMax)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
