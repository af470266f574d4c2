import type { ReactNode } from "react";
import { TopBar } from "@/components/layout/top-bar";
import type { NavLink } from "@/components/layout/app-nav-client";
import { requireMember } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { withTenant, withUser } from "@/lib/db/tenant";
import { myOpenFollowUpCount } from "@/lib/domain/follow-ups/queries";
import { unreadCount } from "@/lib/domain/notifications/queries";
import { listMyAgencies } from "@/lib/domain/members/queries";

type Props = { children: ReactNode; params: Promise<{ agency: string }> };

/** The shell of an agency. It only decides what to show; every page below authorizes itself again. */
export default async function AgencyLayout({ children, params }: Props) {
  const { agency: slug } = await params;
  const member = await requireMember(slug);
  const agencies = await withUser(member.user.id, (tx) => listMyAgencies(tx, member.user.id));
  // Two indexed counts per page, in one transaction: the top bar's inbox badge (Notification (agencyId, userId,
  // readAt)) and the nav's open follow-ups.
  const { unread, openFollowUps } = await withTenant(member.agencyId, member.user.id, async (tx) => ({
    unread: await unreadCount(tx, member.agencyId, member.user.id),
    openFollowUps: await myOpenFollowUpCount(tx, member.agencyId, member.membershipId, member.roles.includes("LEADER")),
  }));
  const base = `/${member.agencySlug}`;
  const links: NavLink[] = [{ href: base, label: "Overview", exact: true }];
  if (member.roles.includes("AM")) links.push({ href: `${base}/me`, label: "My accounts" });
  links.push({ href: `${base}/follow-ups`, label: "Follow-ups", count: openFollowUps });
  if (can(member.roles, "portfolio:read")) links.push({ href: `${base}/portfolio`, label: "Portfolio" });
  if (can(member.roles, "portfolio:read")) links.push({ href: `${base}/accounts`, label: "Accounts" });
  if (can(member.roles, "portfolio:read")) links.push({ href: `${base}/clients`, label: "Clients" });
  if (can(member.roles, "portfolio:read")) links.push({ href: `${base}/projects`, label: "Projects" });
  if (can(member.roles, "people:read")) links.push({ href: `${base}/people`, label: "People" });
  if (can(member.roles, "members:read")) links.push({ href: `${base}/members`, label: "Members" });
  if (can(member.roles, "audit:read")) links.push({ href: `${base}/audit`, label: "Audit log" });
  if (can(member.roles, "import:run")) links.push({ href: `${base}/import`, label: "Import" });
  if (can(member.roles, "agency:settings")) links.push({ href: `${base}/settings`, label: "Settings" });
  return (
    <>
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-indigo-700 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:outline-2 focus:outline-indigo-600"
      >
        Skip to content
      </a>
      <TopBar
        agency={{ slug: member.agencySlug, name: member.agencyName }}
        agencies={agencies}
        userName={member.user.name}
        links={links}
        unread={unread}
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
