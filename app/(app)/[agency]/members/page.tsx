import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { formatDate } from "@/components/members/format";
import { InviteForm } from "@/components/members/invite-form-client";
import type { MemberView } from "@/components/members/member-row-client";
import { MemberTable } from "@/components/members/member-table";
import { pendingInvitationViews } from "@/components/members/pending-invitation-views";
import { PendingInvitations } from "@/components/members/pending-invitations-client";
import { SeeAllLink } from "@/components/ui/see-all-link";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { openAgencyPage, type AgencyPageProps } from "@/lib/auth/agency-page";
import { can, type Role } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { readHoldings } from "@/lib/domain/members/holdings";
import { countMembers, listMembersPage, listPendingInvitationsPage } from "@/lib/domain/members/queries";
import { pageRequest } from "@/lib/pagination/keyset";
import { formatCount } from "@/lib/domain/portfolio/text";

export const metadata: Metadata = { title: "Members" };

/** The newest pending invitations shown beside the form; the rest are one link away, paged. */
const INVITATIONS_SHOWN = 5;

export default async function MembersPage(props: AgencyPageProps) {
  const { member, search } = await openAgencyPage(props, "members:read");
  const { agencyId } = member;
  const canInvite = can(member.roles, "members:invite");
  const canManage = can(member.roles, "members:manage");
  const { page, counts, invitations, holdings } = await withTenant(agencyId, member.user.id, async (tx) => {
    const page = await listMembersPage(tx, agencyId, pageRequest(search));
    const active = page.items.filter((m) => m.active).map((m) => m.membershipId);
    return {
      page,
      counts: await countMembers(tx, agencyId),
      invitations: canInvite ? await listPendingInvitationsPage(tx, agencyId, { size: INVITATIONS_SHOWN }) : null,
      holdings: canManage ? await readHoldings(tx, agencyId, active) : new Map<string, string | null>(),
    };
  });
  const rows: MemberView[] = page.items.map((m) => ({
    membershipId: m.membershipId,
    name: m.name,
    email: m.email,
    roles: m.roles as Role[],
    isOwner: m.isOwner,
    active: m.active,
    joined: formatDate(m.joinedAt),
    isYou: m.membershipId === member.membershipId,
    holds: holdings.get(m.membershipId) ?? null,
  }));
  const { active: activeCount, total } = counts;
  return (
    <>
      <PageHeader
        title="Members"
        description={`${formatCount(activeCount)} active ${activeCount === 1 ? "member" : "members"}${total > activeCount ? `, ${formatCount(total - activeCount)} deactivated` : ""}.`}
      />
      <Card title="People" id="members">
        <MemberTable agencySlug={member.agencySlug} members={rows} canManage={canManage} />
        <Pager base={`/${member.agencySlug}/members`} search={search} page={page} total={total} noun="member" />
      </Card>
      {canInvite && (
        <div className="mt-6 grid items-start gap-6 lg:grid-cols-2">
          <Card
            title="Invite someone"
            id="invite"
            description="E-mails them a single-use link, which you can also copy and send yourself."
          >
            <InviteForm agencySlug={member.agencySlug} />
          </Card>
          <Card title="Pending invitations" id="pending">
            <PendingInvitations
              agencySlug={member.agencySlug}
              invitations={pendingInvitationViews(invitations?.items ?? [])}
            />
            {invitations && invitations.total > invitations.items.length && (
              <p className="mt-3 text-sm">
                <SeeAllLink href={`/${member.agencySlug}/members/invitations`} total={invitations.total} />
              </p>
            )}
          </Card>
        </div>
      )}
    </>
  );
}
