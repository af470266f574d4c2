import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { FollowUpList } from "@/components/follow-ups/follow-up-list";
import { PageHeader } from "@/components/layout/page-header";
import { viewTabClass } from "@/components/layout/view-tabs";
import { PageViewToggle } from "@/components/ui/page-view-toggle";
import { Pager } from "@/components/ui/pager";
import { openAgencyPage, type AgencyPageProps } from "@/lib/auth/agency-page";
import { can } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { countFollowUps, listFollowUpsPage } from "@/lib/domain/follow-ups/queries";
import { readActionOwners } from "@/lib/domain/growth/queries";
import { pageRequest } from "@/lib/pagination/keyset";
import { formatCount } from "@/lib/domain/portfolio/text";

export const metadata: Metadata = { title: "My follow-ups" };

/** Every member's own follow-ups (leaders also see the leaders' queue), open ones by due date or closed ones newest first. */
export default async function MyFollowUpsPage(props: AgencyPageProps) {
  const { member, search } = await openAgencyPage(props, "agency:read");
  const closed = search.closed !== undefined;
  const leader = member.roles.includes("LEADER");
  const scope = { kind: "mine" as const, membershipId: member.membershipId, includeLeadersQueue: leader };
  const today = new Date();
  const { page, openCount, closedCount, members } = await withTenant(member.agencyId, member.user.id, async (tx) => ({
    page: await listFollowUpsPage(tx, member.agencyId, scope, closed ? "closed" : "open", pageRequest(search)),
    openCount: await countFollowUps(tx, member.agencyId, scope, "open"),
    closedCount: closed ? await countFollowUps(tx, member.agencyId, scope, "closed") : 0,
    members: await readActionOwners(tx, member.agencyId),
  }));
  const base = `/${member.agencySlug}/follow-ups`;
  return (
    <>
      <PageHeader
        title="My follow-ups"
        description={`${formatCount(openCount)} open. Made from the dashboard's signals by the agency's rules, or added by hand on an account; a follow-up whose signal clears closes itself as "resolved by data".`}
      >
        {can(member.roles, "followups:write") && (
          <Link href={`${base}/team`} className={viewTabClass(false)}>
            Team view
          </Link>
        )}
        <PageViewToggle label="Which follow-ups" base={base} flag="closed" on={closed} views={["Open", "Closed"]} />
      </PageHeader>
      <FollowUpList
        member={member}
        items={page.items}
        members={members}
        today={today}
        empty={closed ? "Nothing closed yet." : "Nothing to follow up. New ones appear here when a signal needs you."}
      />
      <Pager base={base} search={search} page={page} total={closed ? closedCount : openCount} noun="follow-up" />
    </>
  );
}
