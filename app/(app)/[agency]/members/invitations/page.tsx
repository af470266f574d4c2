import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { pendingInvitationViews } from "@/components/members/pending-invitation-views";
import { PendingInvitations } from "@/components/members/pending-invitations-client";
import { Breadcrumbs } from "@/components/drilldown/breadcrumbs";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { openAgencyPage, type AgencyPageProps } from "@/lib/auth/agency-page";
import { withTenant } from "@/lib/db/tenant";
import { listPendingInvitationsPage } from "@/lib/domain/members/queries";
import { pageRequest } from "@/lib/pagination/keyset";

export const metadata: Metadata = { title: "Pending invitations" };

/** Every invitation still waiting for an answer, newest first, one page at a time; each can be revoked here. */
export default async function PendingInvitationsPage(props: AgencyPageProps) {
  const { member, search } = await openAgencyPage(props, "members:invite");
  const page = await withTenant(member.agencyId, member.user.id, (tx) =>
    listPendingInvitationsPage(tx, member.agencyId, pageRequest(search)),
  );
  const base = `/${member.agencySlug}/members/invitations`;
  return (
    <>
      <Breadcrumbs
        items={[{ label: "Members", href: `/${member.agencySlug}/members` }, { label: "Pending invitations" }]}
      />
      <PageHeader
        title="Pending invitations"
        description="Invitations not yet accepted, newest first. Each link works once, until it expires."
      />
      <Card>
        <PendingInvitations agencySlug={member.agencySlug} invitations={pendingInvitationViews(page.items)} />
        <Pager base={base} search={search} page={page} noun="pending invitation" />
      </Card>
    </>
  );
}
