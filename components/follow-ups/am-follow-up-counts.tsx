import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState, TableScroll } from "@/components/ui/empty-state";
import type { FollowUpCounts } from "@/lib/domain/follow-ups/queries";

/** The dashboard's panel: open and overdue follow-ups per account manager (one grouped query; leaders' queue last). */
export function AmFollowUpCounts({
  slug,
  ams,
  counts,
  teamHref,
}: {
  slug: string;
  ams: { id: string; name: string }[];
  counts: Map<string, FollowUpCounts>;
  teamHref: string | null;
}) {
  const rows = ams.map((am) => ({ ...am, ...(counts.get(am.id) ?? { open: 0, overdue: 0 }) }));
  const leaders = counts.get("");
  return (
    <Card
      id="follow-ups-per-am"
      title="Follow-ups per AM"
      description={
        <>
          Open follow-ups and how many are past their due date.{" "}
          {teamHref && (
            <Link href={teamHref} className="text-indigo-700 underline underline-offset-2">
              All open follow-ups
            </Link>
          )}
        </>
      }
    >
      {rows.length === 0 ? (
        <EmptyState>No account managers yet.</EmptyState>
      ) : (
        <TableScroll label="Follow-ups per account manager">
          <table className="min-w-full text-sm">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th className="px-3 py-2 text-left font-medium">Account manager</th>
                <th className="px-3 py-2 text-right font-medium">Open</th>
                <th className="px-3 py-2 text-right font-medium">Overdue</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="px-3 py-2">
                    <Link href={`/${slug}/portfolio/ams/${r.id}`} className="text-indigo-700 hover:underline">
                      {r.name}
                    </Link>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{r.open}</td>
                  <td
                    className={`px-3 py-2 text-right tabular-nums ${r.overdue > 0 ? "font-semibold text-rose-700" : ""}`}
                  >
                    {r.overdue}
                  </td>
                </tr>
              ))}
              {leaders && (
                <tr>
                  <td className="px-3 py-2 text-slate-600">Leaders (unassigned)</td>
                  <td className="px-3 py-2 text-right tabular-nums">{leaders.open}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{leaders.overdue}</td>
                </tr>
              )}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Card>
  );
}
