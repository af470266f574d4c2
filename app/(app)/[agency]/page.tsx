import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/layout/page-header";
import { RoleBadges } from "@/components/members/roles";
import { FirstRunGuide } from "@/components/settings/first-run-guide";
import { requireMember } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { firstRunSteps, readFirstRunFacts, showFirstRunGuide } from "@/lib/domain/agencies/first-run";

export const metadata: Metadata = { title: "Overview" };

type Props = { params: Promise<{ agency: string }> };

export default async function AgencyOverviewPage({ params }: Props) {
  const { agency: slug } = await params;
  const member = await requireMember(slug, "agency:read");
  const { agencyId } = member;
  const counts = await withTenant(agencyId, member.user.id, async (tx) => {
    const clients = await tx.client.count({ where: { agencyId, status: { not: "CHURNED" } } });
    const accounts = await tx.account.count({ where: { agencyId, status: { in: ["ACTIVE", "AT_RISK"] } } });
    const members = await tx.membership.count({ where: { agencyId, active: true } });
    const guide = can(member.roles, "agency:settings")
      ? {
          facts: await readFirstRunFacts(tx, agencyId, new Date()),
          agency: await tx.agency.findFirst({
            where: { id: agencyId },
            select: { firstRunDismissedAt: true, settingsVersion: true },
          }),
        }
      : null;
    return { clients, accounts, members, guide };
  });
  // Leaders only: the steps are theirs to take (settings, invitations, import).
  const steps = counts.guide ? firstRunSteps(counts.guide.facts, member.agencySlug) : [];
  const showGuide = counts.guide !== null && showFirstRunGuide(steps, counts.guide.agency?.firstRunDismissedAt ?? null);
  const base = `/${member.agencySlug}`;
  const canPortfolio = can(member.roles, "portfolio:read");
  const stats = [
    {
      label: "Clients",
      hint: "active and paused",
      value: counts.clients,
      href: canPortfolio ? `${base}/portfolio` : null,
    },
    {
      label: "Accounts",
      hint: "active and at risk",
      value: counts.accounts,
      href: canPortfolio ? `${base}/portfolio` : null,
    },
    {
      label: "Members",
      hint: "active",
      value: counts.members,
      href: can(member.roles, "members:read") ? `${base}/members` : null,
    },
  ];
  return (
    <>
      <PageHeader
        title={member.agencyName}
        description={
          <span className="flex flex-wrap items-center gap-2">
            Your roles: <RoleBadges roles={member.roles} />
            {member.isOwner && <span className="text-xs text-slate-500">(owner)</span>}
          </span>
        }
      />
      {showGuide && (
        <FirstRunGuide
          slug={member.agencySlug}
          steps={steps}
          settingsVersion={counts.guide?.agency?.settingsVersion ?? 1}
        />
      )}
      <section aria-labelledby="at-a-glance">
        <h2 id="at-a-glance" className="sr-only">
          At a glance
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          {stats.map((stat) => (
            <div key={stat.label} className="relative rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <dt className="text-sm font-medium text-slate-600">
                {stat.href ? (
                  <Link
                    href={stat.href}
                    className="rounded after:absolute after:inset-0 after:rounded-xl hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
                  >
                    {stat.label}
                  </Link>
                ) : (
                  stat.label
                )}{" "}
                <span className="font-normal text-slate-500">· {stat.hint}</span>
              </dt>
              <dd className="mt-2 text-3xl font-semibold text-slate-900 tabular-nums">{stat.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {counts.accounts === 0 && (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
          No accounts yet. Once clients and accounts are added, the portfolio shows each account manager&apos;s load
          against the guideline for your agency&apos;s size.
          {can(member.roles, "import:run") && (
            <>
              {" "}
              <Link href={`${base}/import`} className="font-medium text-indigo-700 hover:underline">
                Import clients and accounts
              </Link>{" "}
              or{" "}
              <Link href={`${base}/clients`} className="font-medium text-indigo-700 hover:underline">
                add them one by one
              </Link>
              .
            </>
          )}
        </p>
      )}
    </>
  );
}
