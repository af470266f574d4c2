import type { KpiView } from "@/lib/domain/kpis/queries";
import { PALETTE } from "@/components/portfolio/labels";
import { EmptyState, TableScroll } from "@/components/ui/empty-state";
import { HeaderRow, numeric } from "@/components/ui/table";
import { formatDate, formatMonth, formatPercent100, withUnit } from "./format";
import { KpiSparkline } from "./kpi-sparkline";

const DIRECTION = { HIGHER_IS_BETTER: "Higher is better", LOWER_IS_BETTER: "Lower is better" } as const;
/** On target, close (75% and up), or well short: text and line colours, always beside the printed percentage. */
export function attainmentTone(attainment: number | null): { text: string; line: string } {
  if (attainment === null || attainment >= 100) return { text: "text-emerald-700", line: PALETTE.blue };
  if (attainment >= 75) return { text: "text-amber-700", line: PALETTE.orange };
  return { text: "text-rose-700", line: PALETTE.vermillion };
}

const td = "px-3 py-2 align-middle";

/** KPIs with their target, latest measurement, attainment (as the health score counts it) and a small trend. */
export function KpiTable({ kpis, caption, empty }: { kpis: KpiView[]; caption: string; empty: string }) {
  if (kpis.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <TableScroll label={`${caption} (scrolls sideways)`}>
      <table className="w-full min-w-[760px] text-sm" data-testid="kpi-table">
        <caption className="sr-only">{caption}</caption>
        <HeaderRow
          cells={[
            "KPI",
            numeric("Target"),
            "Direction",
            numeric("Latest"),
            numeric("Attainment"),
            { label: "Trend (dashed: target)", className: "w-48" },
          ]}
        />
        <tbody>
          {kpis.map((kpi) => {
            const tone = attainmentTone(kpi.attainment);
            return (
              <tr key={kpi.id} className="border-b border-slate-100 last:border-0">
                <th scope="row" className={`${td} pl-0 text-left font-medium text-slate-900`}>
                  {kpi.name}
                  <span className="block text-xs font-normal text-slate-500">
                    {kpi.unit} · {kpi.cadence.toLowerCase()}
                  </span>
                </th>
                <td className={`${td} text-right font-mono tabular-nums`}>{withUnit(kpi.target, kpi.unit)}</td>
                <td className={`${td} whitespace-nowrap`}>{DIRECTION[kpi.direction]}</td>
                <td className={`${td} text-right whitespace-nowrap`}>
                  {kpi.latest ? (
                    <>
                      <span className="font-mono tabular-nums">{withUnit(kpi.latest.value, kpi.unit)}</span>
                      <span className="block text-xs text-slate-500">{formatMonth(kpi.latest.periodStart)}</span>
                    </>
                  ) : (
                    <span className="text-slate-500">Not measured</span>
                  )}
                </td>
                <td className={`${td} text-right font-mono tabular-nums ${tone.text}`}>
                  {formatPercent100(kpi.attainment)}
                </td>
                <td className={`${td} pr-0`}>
                  {kpi.history.length >= 2 ? (
                    <KpiSparkline
                      data={kpi.history.map((h) => ({ label: formatMonth(h.periodStart), value: h.value }))}
                      target={kpi.target}
                      color={tone.line}
                      label={`${kpi.name}: ${kpi.history.length} measurements from ${formatDate(kpi.history[0]?.periodStart)}, latest ${withUnit(kpi.latest?.value ?? 0, kpi.unit)} against a target of ${withUnit(kpi.target, kpi.unit)}`}
                    />
                  ) : (
                    <span className="text-xs text-slate-500">Too few measurements for a trend</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
