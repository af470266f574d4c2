import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { FollowUpCounts } from "@/lib/domain/follow-ups/queries";
import { FollowUpCountsTable, type CountsRow } from "./follow-up-counts-table";

const NONE = { open: 0, overdue: 0 };

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
  const leaders = counts.get("");
  const rows: CountsRow[] = [
    ...ams.map((am) => ({ ...am, href: `/${slug}/portfolio/ams/${am.id}`, ...(counts.get(am.id) ?? NONE) })),
    ...(leaders ? [{ id: "", name: "Leaders (unassigned)", href: null, ...leaders, muted: true }] : []),
  ];
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
      {ams.length === 0 ? (
        <EmptyState>No account managers yet.</EmptyState>
      ) : (
        <FollowUpCountsTable label="Follow-ups per account manager" personHeader="Account manager" rows={rows} />
      )}
    </Card>
  );
}
