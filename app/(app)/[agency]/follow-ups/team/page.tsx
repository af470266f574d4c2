import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { FollowUpCountsTable } from "@/components/follow-ups/follow-up-counts-table";
import { FollowUpList } from "@/components/follow-ups/follow-up-list";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { openAgencyPage, type AgencyPageProps } from "@/lib/auth/agency-page";
import { withTenant } from "@/lib/db/tenant";
import { followUpCountsByAssignee, listFollowUpsPage } from "@/lib/domain/follow-ups/queries";
import { readActionOwners } from "@/lib/domain/growth/queries";
import { pageRequest } from "@/lib/pagination/keyset";
import { firstParam } from "@/lib/server/search-params";
import { formatCount } from "@/lib/domain/portfolio/text";

export const metadata: Metadata = { title: "Team follow-ups" };

/** Leaders: open and overdue follow-ups per person, and every open follow-up (or one person's) by due date. */
export default async function TeamFollowUpsPage(props: AgencyPageProps) {
  const { member, search } = await openAgencyPage(props, "followups:write");
  const members0 = await withTenant(member.agencyId, member.user.id, (tx) => readActionOwners(tx, member.agencyId));
  const assigneeId = members0.some((m) => m.id === firstParam(search.assignee))
    ? firstParam(search.assignee)
    : undefined;
  const today = new Date();
  const { page, counts } = await withTenant(member.agencyId, member.user.id, async (tx) => ({
    page: await listFollowUpsPage(tx, member.agencyId, { kind: "team", assigneeId }, "open", pageRequest(search)),
    counts: await followUpCountsByAssignee(tx, member.agencyId, today),
  }));
  const base = `/${member.agencySlug}/follow-ups/team`;
  const rows = [
    ...members0
      .filter((m) => counts.has(m.id))
      .map((m) => ({ id: m.id, name: m.name, href: `${base}?assignee=${m.id}`, ...counts.get(m.id)! })),
    ...(counts.has("") ? [{ id: "", name: "Leaders (unassigned)", href: null, ...counts.get("")! }] : []),
  ];
  const total = assigneeId ? (counts.get(assigneeId)?.open ?? 0) : [...counts.values()].reduce((n, c) => n + c.open, 0);
  const who = members0.find((m) => m.id === assigneeId)?.name;
  return (
    <>
      <PageHeader
        title="Team follow-ups"
        description={`${formatCount(total)} open${who ? ` for ${who}` : " across the agency"}, by due date.`}
      >
        <Link href={`/${member.agencySlug}/follow-ups`} className="text-sm font-medium text-indigo-700 hover:underline">
          My follow-ups
        </Link>
      </PageHeader>
      <section aria-labelledby="per-person" className="mb-6">
        <h2 id="per-person" className="mb-2 text-base font-semibold text-slate-900">
          Open and overdue per person
        </h2>
        {rows.length === 0 ? (
          <EmptyState>No open follow-ups.</EmptyState>
        ) : (
          <FollowUpCountsTable label="Open and overdue follow-ups per person" personHeader="Person" rows={rows} />
        )}
        {assigneeId && (
          <p className="mt-2 text-sm">
            <Link href={base} className="text-indigo-700 hover:underline">
              Show everyone&apos;s
            </Link>
          </p>
        )}
      </section>
      <FollowUpList member={member} items={page.items} members={members0} today={today} empty="No open follow-ups." />
      <Pager base={base} search={search} page={page} total={total} noun="follow-up" />
    </>
  );
}
