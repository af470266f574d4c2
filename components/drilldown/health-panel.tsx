import { HEALTH_COMPONENT_LABEL, healthBand, type AccountHealth, type HealthBand } from "@/lib/domain/portfolio/health";
import { HealthBadge } from "./badges";
import { TableScroll } from "@/components/ui/empty-state";
import { HeaderRow, numeric } from "@/components/ui/table";

const BAR: Record<HealthBand, string> = { healthy: "bg-emerald-500", watch: "bg-amber-500", at_risk: "bg-rose-500" };

/** The health score, each component with its weights and "why", what was missing, and what drags it down most. */
export function HealthPanel({ health }: { health: AccountHealth }) {
  return (
    <div data-testid="health-panel">
      <div className="flex flex-wrap items-baseline gap-3">
        <p className="font-mono text-4xl font-semibold text-slate-900 tabular-nums" data-testid="health-score">
          {health.score ?? "—"}
          <span className="text-base font-normal text-slate-500"> / 100</span>
        </p>
        <HealthBadge band={health.band} />
      </div>
      <p className="mt-1 text-xs text-slate-500">Bands: 75 and above healthy, 60–74 watch, below 60 at risk.</p>
      {health.draggingDown && (
        <p
          className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset"
          data-testid="dragging-down"
        >
          <span className="font-semibold">Dragging it down most: {health.draggingDown.label}.</span>{" "}
          {health.draggingDown.explanation}
        </p>
      )}
      {health.components.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">
          No check-ins, open projects or measured KPIs yet: nothing to score.
        </p>
      ) : (
        <TableScroll label="Health components (scrolls sideways)">
          <table className="mt-4 w-full sm:min-w-[520px] text-sm">
            <caption className="sr-only">Health score components with configured and effective weights</caption>
            <HeaderRow
              cells={[
                "Component",
                numeric("Score"),
                numeric("Weight"),
                numeric("Effective"),
                { label: "Why", className: "hidden sm:table-cell" },
              ]}
            />
            <tbody>
              {health.components.map((c) => (
                <tr key={c.key} className="border-b border-slate-100 last:border-0" data-testid={`health-${c.key}`}>
                  <th scope="row" className="py-2 pr-3 text-left font-medium text-slate-900">
                    {c.label}
                    <span className="mt-0.5 block text-xs font-normal text-slate-600 sm:hidden">{c.detail}</span>
                  </th>
                  <td className="px-3 py-2 text-right">
                    <span className="font-mono tabular-nums">{c.score}</span>
                    <span
                      className="mt-1 ml-auto block h-1.5 w-16 overflow-hidden rounded-full bg-slate-100"
                      aria-hidden="true"
                    >
                      <span className={`block h-full ${BAR[healthBand(c.score)]}`} style={{ width: `${c.score}%` }} />
                    </span>
                  </td>
                  <td className="px-3 py-2 text-right font-mono tabular-nums">{c.weight}</td>
                  <td className="px-3 py-2 text-right font-mono tabular-nums">{Math.round(c.effectiveWeight)}%</td>
                  <td className="hidden py-2 pl-3 text-slate-700 sm:table-cell">{c.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {health.missing.length > 0 && (
        <p className="mt-3 text-sm text-slate-600" data-testid="health-missing">
          Left out for lack of data: {health.missing.map((k) => HEALTH_COMPONENT_LABEL[k]).join(", ")}. The other
          weights were scaled up to fill their share.
        </p>
      )}
    </div>
  );
}
