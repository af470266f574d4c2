import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { HealthBand, WeekDistribution } from "@/lib/domain/snapshots/daily";
import { HeaderRow, numeric } from "@/components/ui/table";

const BANDS: { key: HealthBand; label: string; color: string }[] = [
  { key: "healthy", label: "Healthy (70+)", color: "#059669" },
  { key: "watch", label: "Watch (50–69)", color: "#d97706" },
  { key: "atRisk", label: "At risk (below 50)", color: "#e11d48" },
  { key: "unscored", label: "Not scored", color: "#94a3b8" },
];

/**
 * The agency's account health over the last 12 weeks from the daily snapshots: one stacked bar per week, in plain
 * HTML and CSS (no charting library on the dashboard's first load), with the numbers in a table for screen readers.
 */
export function HealthDistributionCard({ weeks }: { weeks: WeekDistribution[] }) {
  const measured = weeks.filter((w) => w.day !== null);
  const total = (w: WeekDistribution) => w.healthy + w.watch + w.atRisk + w.unscored;
  const last = measured.at(-1);
  return (
    <Card
      id="health-distribution"
      title="Account health over 12 weeks"
      description="Accounts by health band on the last recorded day of each week, from the daily snapshots."
    >
      {measured.length === 0 ? (
        <EmptyState>No snapshots yet: the daily job records every account’s health once a day.</EmptyState>
      ) : (
        <>
          <div
            role="img"
            aria-label={`Account health by week; latest week: ${last!.healthy} healthy, ${last!.watch} to watch, ${last!.atRisk} at risk, ${last!.unscored} not scored.`}
            className="flex h-40 items-end gap-1.5"
          >
            {weeks.map((w) => {
              const n = total(w);
              return (
                <div key={w.label} className="flex h-full min-w-0 flex-1 flex-col justify-end" title={w.label}>
                  {n === 0 ? (
                    <div className="h-1 rounded bg-slate-100" />
                  ) : (
                    <div className="flex h-full flex-col-reverse overflow-hidden rounded">
                      {BANDS.map((b) => (
                        <div key={b.key} style={{ height: `${(w[b.key] / n) * 100}%`, backgroundColor: b.color }} />
                      ))}
                    </div>
                  )}
                </div>
              );
            })}
          </div>
          <div className="mt-1 flex gap-1.5 text-[10px] text-slate-500" aria-hidden="true">
            {weeks.map((w, i) => (
              <span key={w.label} className="min-w-0 flex-1 truncate text-center">
                {i % 3 === 0 || i === weeks.length - 1 ? w.label : ""}
              </span>
            ))}
          </div>
          <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
            {BANDS.map((b) => (
              <li key={b.key} className="flex items-center gap-1.5">
                <span
                  aria-hidden="true"
                  className="inline-block h-2.5 w-2.5 rounded-sm"
                  style={{ backgroundColor: b.color }}
                />
                {b.label}
              </li>
            ))}
          </ul>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-indigo-700">Show the numbers</summary>
            <table className="mt-2 w-full max-w-lg text-sm">
              <caption className="sr-only">Accounts by health band per week</caption>
              <HeaderRow look="compact" cells={["Week of", ...BANDS.map((b) => numeric(b.label))]} />
              <tbody>
                {measured.map((w) => (
                  <tr key={w.label} className="border-b border-slate-100">
                    <th scope="row" className="py-1 pr-3 text-left font-normal">
                      {w.label}
                    </th>
                    {BANDS.map((b) => (
                      <td key={b.key} className="py-1 pr-3 text-right tabular-nums last:pr-0">
                        {w[b.key]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </Card>
  );
}
