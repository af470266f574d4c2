import { HeaderRow } from "@/components/ui/table";
import { TableScroll } from "@/components/ui/empty-state";
import { monthLabel } from "@/lib/domain/commercial/months";
import type { MonthAgainstScope } from "@/lib/domain/commercial/over-servicing";
import { formatHours } from "./format";

/**
 * Hours used per month against the contracted hours: numbers in text, a CSS bar for the shape (no chart library on
 * the page), the contract marked on the bar. "Over" is more than 10 % above the contract, as the signal counts it.
 */
export function HoursAgainstScope({ months, contracted }: { months: MonthAgainstScope[]; contracted: number }) {
  const max = Math.max(1, contracted * 1.5, ...months.map((m) => m.used));
  return (
    <TableScroll label="Hours against scope by month">
      <table className="w-full text-sm" data-testid="hours-against-scope">
        <caption className="sr-only">Hours used against the {formatHours(contracted)} contracted each month</caption>
        <HeaderRow
          cells={[
            "Month",
            { label: "Used", className: "text-right" },
            { label: "Over contract", className: "text-right" },
            { label: <span className="sr-only">Bar</span>, className: "w-1/3" },
          ]}
        />
        <tbody>
          {months.map((m) => (
            <tr key={m.month} className="border-b border-slate-100" data-month={m.month}>
              <th scope="row" className="py-2 pr-3 text-left font-normal whitespace-nowrap text-slate-700">
                {monthLabel(m.month)}
              </th>
              <td className="px-3 py-2 text-right font-mono tabular-nums">{formatHours(m.used)}</td>
              <td
                className={`px-3 py-2 text-right font-mono tabular-nums ${m.over ? "font-semibold text-rose-700" : "text-slate-600"}`}
              >
                {m.overHours > 0 ? `+${formatHours(m.overHours)}${m.over ? " (over)" : ""}` : "—"}
              </td>
              <td className="py-2 pl-3" aria-hidden="true">
                <div className="relative h-2 rounded-full bg-slate-100">
                  <div
                    className={`h-2 rounded-full ${m.over ? "bg-rose-500" : "bg-sky-600"}`}
                    style={{ width: `${Math.min(100, (m.used / max) * 100)}%` }}
                  />
                  <div
                    className="absolute -top-1 h-4 w-0.5 bg-slate-800"
                    style={{ left: `${Math.min(100, (contracted / max) * 100)}%` }}
                  />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
