import { HeaderRow, numeric } from "@/components/ui/table";
import type { AmLoadRow } from "@/lib/domain/portfolio/dashboard";
import { AM_STATUS_COLOR, AM_STATUS_LABEL, formatNumber } from "./labels";
import { AmLink } from "./subject-link";

/** The chart's numbers as a table (every AM, not only the charted ones). */
export function AmLoadTable({ slug, rows, className = "" }: { slug: string; rows: AmLoadRow[]; className?: string }) {
  return (
    <div className={`overflow-x-auto ${className}`}>
      <table className="w-full text-sm" data-testid="am-load-table">
        <caption className="sr-only">Account managers, their load and status against the guideline</caption>
        <HeaderRow
          cells={["Account manager", numeric("Accounts"), numeric("Weighted load"), "Status", numeric("Headroom")]}
        />
        <tbody>
          {rows.map((am) => (
            <tr key={am.id} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                <AmLink slug={slug} id={am.id} name={am.name} />
              </th>
              <td className="px-3 py-2 text-right font-mono tabular-nums">{am.load}</td>
              <td className="px-3 py-2 text-right font-mono tabular-nums">{formatNumber(am.weightedLoad)}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                <span
                  aria-hidden="true"
                  className="mr-1.5 inline-block size-2.5 rounded-sm align-middle"
                  style={{ backgroundColor: AM_STATUS_COLOR[am.status] }}
                />
                {AM_STATUS_LABEL[am.status]}
              </td>
              <td className="py-2 pl-3 text-right font-mono tabular-nums">{formatNumber(am.headroom)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
