import type { Metadata } from "next";
import { parseFilterRecord } from "@/components/portfolio/filter-params-schema";
import { WhatIfClient } from "@/components/capacity/what-if-client";
import { QueryProvider } from "@/components/providers/query-provider";
import { PeopleFiguresCard } from "@/components/people/people-figures-card";
import { GuidelineTrendCard } from "@/components/settings/guideline-trend-card";
import { requireMember } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { loadAgencyLoadHistory } from "@/lib/domain/agencies/load-history";
import { withTenant } from "@/lib/db/tenant";
import { readPeopleFigures } from "@/lib/domain/people/figures";
import { compareNames } from "@/lib/domain/portfolio/text";
import { loadDashboardSummary } from "@/lib/domain/portfolio/load-dashboard-lists";
import { AmFollowUpCounts } from "@/components/follow-ups/am-follow-up-counts";
import { HealthDistributionCard } from "@/components/snapshots/health-distribution-bars";
import { followUpCountsByAssignee } from "@/lib/domain/follow-ups/queries";
import { readHealthDistribution } from "@/lib/domain/snapshots/queries";
import { PortfolioClient } from "./portfolio-client";

export const metadata: Metadata = { title: "Portfolio" };

type Props = {
  params: Promise<{ agency: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The leader dashboard. The server renders the unfiltered view; filters from the address (a reload keeps them)
 * are fetched by the client from /api/agencies/[agency]/portfolio, which applies the same checks as this page.
 */
export default async function PortfolioPage({ params, searchParams }: Props) {
  const { agency: slug } = await params;
  const member = await requireMember(slug, "portfolio:read");
  const today = new Date();
  const [{ settings, dashboard }, history, people, followThrough] = await Promise.all([
    loadDashboardSummary(member.agencyId, member.user.id),
    loadAgencyLoadHistory(member.agencyId, member.user.id),
    // AM departures and tenure (issue 15), for leaders: two small indexed reads.
    can(member.roles, "people:manage")
      ? withTenant(member.agencyId, member.user.id, (tx) => readPeopleFigures(tx, member.agencyId, today))
      : Promise.resolve(null),
    // Two small queries: one grouped count on the (agencyId, status, dueDate) index, and 12 rows of health bands.
    withTenant(member.agencyId, member.user.id, async (tx) => ({
      counts: await followUpCountsByAssignee(tx, member.agencyId, today),
      health: await readHealthDistribution(tx, member.agencyId, today),
    })),
  ]);
  const parsed = parseFilterRecord(await searchParams);
  const amOptions = dashboard.amLoads
    .map((am) => ({ id: am.id, name: am.name }))
    .sort((a, b) => compareNames(a.name, b.name));
  return (
    <QueryProvider>
      <PortfolioClient
        slug={member.agencySlug}
        agency={{
          name: settings.name,
          currency: settings.currency,
          employeeCount: settings.employeeCount,
          overrideReason: settings.guidelineOverrideReason,
          settingsHref: can(member.roles, "agency:settings") ? `/${member.agencySlug}/settings` : null,
        }}
        initialDashboard={dashboard}
        initialFilters={parsed.ok ? parsed.filters : {}}
        ignoredFilterMessage={parsed.ok ? null : parsed.message}
        amOptions={amOptions}
      />
      {history.accountManagers > 0 && (
        <div className="mt-6">
          <GuidelineTrendCard history={history} />
        </div>
      )}
      {people && (
        <div className="mt-6">
          <PeopleFiguresCard slug={member.agencySlug} figures={people} />
        </div>
      )}
      <div className="mt-6 grid items-start gap-6 lg:grid-cols-2">
        <AmFollowUpCounts
          slug={member.agencySlug}
          ams={amOptions}
          counts={followThrough.counts}
          teamHref={can(member.roles, "followups:write") ? `/${member.agencySlug}/follow-ups/team` : null}
        />
        <HealthDistributionCard weeks={followThrough.health} />
      </div>
      <div className="mt-6">
        <WhatIfClient slug={member.agencySlug} />
      </div>
    </QueryProvider>
  );
}
