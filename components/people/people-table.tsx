import Link from "@/components/ui/link";
import { formatDate } from "@/components/drilldown/format";
import { Badge } from "@/components/ui/badge";
import { EmptyState, TableScroll } from "@/components/ui/empty-state";
import { HeaderRow } from "@/components/ui/table";
import type { OneOnOneStatus } from "@/lib/domain/people/one-on-one-cadence";
import type { PeopleRow } from "@/lib/domain/people/queries";
import { ONE_ON_ONE_BADGE } from "./labels";

export type PeopleTableRow = PeopleRow & { status: OneOnOneStatus };

/** AMs with their level, manager, 1:1 state and open plan items; overdue 1:1s come first (the list's order). */
export function PeopleTable({ slug, rows }: { slug: string; rows: PeopleTableRow[] }) {
  if (rows.length === 0) return <EmptyState>No account managers to show.</EmptyState>;
  return (
    <TableScroll label="Account managers">
      <table className="w-full text-sm" data-testid="people-table">
        <caption className="sr-only">Account managers, their level, manager and 1:1s</caption>
        <HeaderRow cells={["Name", "Level", "Manager", "Last 1:1", "1:1", "Open plan items"]} />
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => {
            const badge = ONE_ON_ONE_BADGE[r.status.state];
            return (
              <tr key={r.id}>
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  <Link className="text-indigo-700 underline-offset-2 hover:underline" href={`/${slug}/people/${r.id}`}>
                    {r.name}
                  </Link>
                </th>
                <td className="px-3 py-2 whitespace-nowrap">{r.levelName ?? "No level"}</td>
                <td className="px-3 py-2 whitespace-nowrap">{r.managerName ?? "—"}</td>
                <td className="px-3 py-2 whitespace-nowrap">{formatDate(r.lastOneOnOne)}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <Badge tone={badge.tone}>{badge.label}</Badge>
                  {r.status.state === "OVERDUE" && (
                    <span className="ml-1 text-xs text-rose-700">{r.status.daysOverdue} days</span>
                  )}
                </td>
                <td className="py-2 pl-3">{r.openDevelopmentItems}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
