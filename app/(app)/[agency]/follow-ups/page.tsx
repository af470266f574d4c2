import type { Metadata } from "next";
import Link from "next/link";
import { FollowUpList } from "@/components/follow-ups/follow-up-list";
import { PageHeader } from "@/components/layout/page-header";
import { Pager } from "@/components/ui/pager";
import { requireMember } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { countFollowUps, listFollowUpsPage } from "@/lib/domain/follow-ups/queries";
import { readActionOwners } from "@/lib/domain/growth/queries";
import { pageRequest } from "@/lib/pagination/keyset";

export const metadata: Metadata = { title: "My follow-ups" };

type Props = {
  params: Promise<{ agency: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const tab = (current: boolean) =>
  `rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600 ${
    current ? "bg-indigo-600 text-white" : "text-slate-700 hover:bg-slate-100"
  }`;

/** Every member's own follow-ups (leaders also see the leaders' queue), open ones by due date or closed ones newest first. */
export default async function MyFollowUpsPage({ params, searchParams }: Props) {
  const { agency: slug } = await params;
  const member = await requireMember(slug, "agency:read");
  const search = await searchParams;
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
        description={`${openCount} open. Made from the dashboard's signals by the agency's rules, or added by hand on an account; a follow-up whose signal clears closes itself as "resolved by data".`}
      >
        {can(member.roles, "followups:write") && (
          <Link href={`${base}/team`} className={tab(false)}>
            Team view
          </Link>
        )}
        <nav aria-label="Which follow-ups" className="flex gap-1 rounded-lg border border-slate-200 bg-white p-1">
          <Link href={base} className={tab(!closed)} aria-current={!closed ? "page" : undefined}>
            Open
          </Link>
          <Link href={`${base}?closed`} className={tab(closed)} aria-current={closed ? "page" : undefined}>
            Closed
          </Link>
        </nav>
      </PageHeader>
      <FollowUpList
        member={member}
        items={page.items}
        members={members}
        today={today}
        empty={closed ? "Nothing closed yet." : "Nothing to follow up. New ones appear here when a signal needs you."}
      />
      <Pager
        base={base}
        search={search}
        page={page}
        total={closed ? closedCount : openCount}
        noun={["follow-up", "follow-ups"]}
        label="Follow-up pages"
      />
    </>
  );
}
