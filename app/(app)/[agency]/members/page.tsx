import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { formatDate } from "@/components/members/format";
import { InviteForm } from "@/components/members/invite-form-client";
import type { MemberView } from "@/components/members/member-row-client";
import { MemberTable } from "@/components/members/member-table";
import { PendingInvitations } from "@/components/members/pending-invitations-client";
import { Card } from "@/components/ui/card";
import { requireMember } from "@/lib/auth/membership";
import { can, type Role } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { listMembers, listPendingInvitations } from "@/lib/domain/members/queries";

export const metadata: Metadata = { title: "Members" };

type Props = { params: Promise<{ agency: string }> };

export default async function MembersPage({ params }: Props) {
  const { agency: slug } = await params;
  const member = await requireMember(slug, "members:read");
  const { agencyId } = member;
  const canInvite = can(member.roles, "members:invite");
  const canManage = can(member.roles, "members:manage");
  const { members, invitations } = await withTenant(agencyId, member.user.id, async (tx) => ({
    members: await listMembers(tx, agencyId),
    invitations: canInvite ? await listPendingInvitations(tx, agencyId) : [],
  }));
  const rows: MemberView[] = members.map((m) => ({
    membershipId: m.membershipId,
    name: m.name,
    email: m.email,
    roles: m.roles as Role[],
    isOwner: m.isOwner,
    active: m.active,
    joined: formatDate(m.joinedAt),
    isYou: m.membershipId === member.membershipId,
  }));
  const activeCount = rows.filter((m) => m.active).length;
  return (
    <>
      <PageHeader
        title="Members"
        description={`${activeCount} active ${activeCount === 1 ? "member" : "members"}${rows.length > activeCount ? `, ${rows.length - activeCount} deactivated` : ""}.`}
      />
      <Card title="People" id="members">
        <MemberTable agencySlug={member.agencySlug} members={rows} canManage={canManage} />
      </Card>
      {canInvite && (
        <div className="mt-6 grid items-start gap-6 lg:grid-cols-2">
          <Card title="Invite someone" id="invite" description="Creates a single-use link to send them yourself.">
            <InviteForm agencySlug={member.agencySlug} />
          </Card>
          <Card title="Pending invitations" id="pending">
            <PendingInvitations
              agencySlug={member.agencySlug}
              invitations={invitations.map((inv) => ({
                id: inv.id,
                email: inv.email,
                roles: inv.roles,
                invitedBy: inv.invitedBy,
                expires: formatDate(inv.expiresAt),
              }))}
            />
          </Card>
        </div>
      )}
    </>
  );
}
