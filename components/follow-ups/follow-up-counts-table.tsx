import Link from "@/components/ui/link";
import { TableScroll } from "@/components/ui/empty-state";

export type CountsRow = {
  id: string;
  name: string;
  href: string | null;
  open: number;
  overdue: number;
  /** A queue rather than a person (the dashboard's leaders' row): greyed, its overdue count not flagged. */
  muted?: boolean;
};

function Name({ row }: { row: CountsRow }) {
  if (!row.href) return row.name;
  return (
    <Link href={row.href} className="text-indigo-700 hover:underline">
      {row.name}
    </Link>
  );
}

/** Open and overdue follow-ups per person, overdue counts flagged: the dashboard panel and the team page. */
export function FollowUpCountsTable({
  label,
  personHeader,
  rows,
}: {
  label: string;
  personHeader: string;
  rows: CountsRow[];
}) {
  return (
    <TableScroll label={label}>
      <table className="min-w-full text-sm">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th className="px-3 py-2 text-left font-medium">{personHeader}</th>
            <th className="px-3 py-2 text-right font-medium">Open</th>
            <th className="px-3 py-2 text-right font-medium">Overdue</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id || "leaders"}>
              <td className={r.muted ? "px-3 py-2 text-slate-600" : "px-3 py-2"}>
                <Name row={r} />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{r.open}</td>
              <td
                className={`px-3 py-2 text-right tabular-nums ${r.overdue > 0 && !r.muted ? "font-semibold text-rose-700" : ""}`}
              >
                {r.overdue}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
