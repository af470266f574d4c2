import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { AccountCheckInButton } from "@/components/check-ins/account-check-in-button";
import { AccountHeader } from "@/components/drilldown/account-header";
import { Breadcrumbs } from "@/components/drilldown/breadcrumbs";
import { CheckInTimeline } from "@/components/drilldown/check-in-timeline";
import { ExportLink } from "@/components/export/export-link";
import { HealthPanel } from "@/components/drilldown/health-panel";
import { loadAccountPage } from "@/components/drilldown/page-data";
import { ProjectTable } from "@/components/drilldown/project-table";
import { NewProject } from "@/components/projects/new-project-client";
import { SignalList } from "@/components/drilldown/signal-list";
import {
  RetainerSection,
  ScopeRequestsSection,
  ValueHistorySection,
} from "@/components/commercial/account-commercial-section";
import { buttonClass } from "@/components/ui/button";
import { GrowthSection } from "@/components/growth/growth-section";
import { KpiSection } from "@/components/kpis/kpi-section";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { notFoundLogged, requireMember } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { mayEditAccount } from "@/lib/domain/accounts/access";
import { readTimelinePage, TIMELINE_PAGE_SIZE } from "@/lib/domain/check-ins/timeline";
import { pageRequest } from "@/lib/pagination/keyset";
import { readAccountCommercial } from "@/lib/domain/commercial/queries";
import { listProjectManagers } from "@/lib/domain/projects/queries";
import { FollowUpList } from "@/components/follow-ups/follow-up-list";
import { NewFollowUpForm } from "@/components/follow-ups/new-follow-up-form-client";
import { HealthHistory } from "@/components/snapshots/health-history";
import { mayCreateFollowUpOn } from "@/lib/domain/follow-ups/access";
import { countFollowUps, listFollowUpsPage } from "@/lib/domain/follow-ups/queries";
import { dueDateFor } from "@/lib/domain/follow-ups/rules";
import { readActionOwners } from "@/lib/domain/growth/queries";
import { readAccountHealthSnapshots } from "@/lib/domain/snapshots/queries";

const FOLLOW_UPS_SHOWN = 10;

type Props = {
  params: Promise<{ agency: string; accountId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** One request, one load: generateMetadata and the page share it. An unknown or foreign id is a 404. */
const load = cache(async (slug: string, accountId: string) => {
  const member = await requireMember(slug, "portfolio:read");
  const today = new Date();
  const data = await loadAccountPage(member.agencyId, member.user.id, accountId, today);
  if (!data) return notFoundLogged(member, `/${slug}/accounts/${accountId}`);
  return { member, data, today };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { agency, accountId } = await params;
  const { data } = await load(agency, accountId);
  return { title: `${data.account.client.name} · ${data.account.name}` };
}

/** Drill-down for one account: health and why, signals, check-ins, projects, KPIs and growth plans. */
export default async function AccountPage({ params, searchParams }: Props) {
  const { agency, accountId } = await params;
  const search = await searchParams;
  const { member, data, today } = await load(agency, accountId);
  const slug = member.agencySlug;
  const { account, settings } = data;
  const followUpScope = { kind: "account" as const, accountId };
  const { managers, timeline, commercial, followUps, openFollowUps, members, healthHistory } = await withTenant(
    member.agencyId,
    member.user.id,
    async (tx) => ({
      managers: can(member.roles, "projects:write") ? await listProjectManagers(tx, member.agencyId) : null,
      timeline: await readTimelinePage(tx, member.agencyId, { accountId }, pageRequest(search, TIMELINE_PAGE_SIZE)),
      commercial: await readAccountCommercial(
        tx,
        member.agencyId,
        { id: account.id, clientId: account.client.id },
        today,
      ),
      // The account's open follow-ups, soonest due first (an account rarely has more than a handful).
      followUps: await listFollowUpsPage(tx, member.agencyId, followUpScope, "open", { size: FOLLOW_UPS_SHOWN }),
      openFollowUps: await countFollowUps(tx, member.agencyId, followUpScope, "open"),
      members: await readActionOwners(tx, member.agencyId),
      healthHistory: await readAccountHealthSnapshots(
        tx,
        member.agencyId,
        accountId,
        new Date(today.getTime() - 90 * 86_400_000),
      ),
    }),
  );
  const commercialProps = {
    member,
    account: { id: account.id, kind: account.kind, amId: account.am.id, archived: account.archivedAt !== null },
    data: commercial,
    currency: settings.currency,
    today,
  };
  return (
    <div className="space-y-6">
      <div>
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <Breadcrumbs
            items={[
              { label: "Portfolio", href: `/${slug}/portfolio` },
              { label: account.am.name, href: `/${slug}/portfolio/ams/${account.am.id}` },
              { label: `${account.client.name} · ${account.name}` },
            ]}
          />
          <div className="flex flex-wrap items-start gap-2">
            {!account.archivedAt &&
              (mayEditAccount(member, account.am.id) || can(member.roles, "accounts:reassign")) && (
                <Link href={`/${slug}/accounts/${account.id}/edit`} className={buttonClass("secondary", "mb-3")}>
                  Edit account
                </Link>
              )}
            <AccountCheckInButton member={member} account={account} settings={settings} />
          </div>
        </div>
        <AccountHeader slug={slug} data={data} today={today} />
      </div>

      <div className="grid items-start gap-6 lg:grid-cols-5">
        <Card id="health" title="Health" className="min-w-0 lg:col-span-3">
          <HealthPanel health={data.health} />
          <HealthHistory snapshots={healthHistory} />
        </Card>
        <Card
          id="signals"
          title="Signals"
          description="About this account, its projects and its client."
          className="min-w-0 lg:col-span-2"
        >
          <SignalList slug={slug} signals={data.signals} empty="No signals: nothing here needs attention right now." />
        </Card>
      </div>

      <Card
        id="check-ins"
        title="Check-ins"
        description={
          <>
            Newest first.{" "}
            <ExportLink
              slug={slug}
              kind="check-ins"
              search={`accountId=${account.id}`}
              what="this account's check-ins"
            />
          </>
        }
      >
        <CheckInTimeline
          checkIns={timeline.items}
          pager={
            <Pager
              base={`/${slug}/accounts/${account.id}`}
              search={search}
              page={timeline}
              total={timeline.total}
              noun={["check-in", "check-ins"]}
              label="Check-in pages"
            />
          }
        />
      </Card>

      <Card
        id="follow-ups"
        title="Follow-ups"
        description={`${openFollowUps} open on this account${openFollowUps > FOLLOW_UPS_SHOWN ? `; the ${FOLLOW_UPS_SHOWN} due soonest are shown` : ""}.`}
      >
        {!account.archivedAt && mayCreateFollowUpOn(member, account.am.id) && (
          <div className="mb-4">
            <NewFollowUpForm
              slug={slug}
              accountId={account.id}
              members={members}
              defaultDue={dueDateFor(today, 7).toISOString().slice(0, 10)}
            />
          </div>
        )}
        <FollowUpList
          member={member}
          items={followUps.items}
          members={members}
          today={today}
          showAccount={false}
          empty="No open follow-ups on this account."
        />
      </Card>

      <Card id="projects" title="Projects">
        {managers && <NewProject slug={slug} accountId={account.id} currency={settings.currency} managers={managers} />}
        <ProjectTable projects={data.projects} currency={settings.currency} projectHref={`/${slug}/projects`} />
      </Card>

      <Card
        id="kpis"
        title="KPIs"
        description="Attainment of the latest measurement, capped at 100% as in the health score."
      >
        <KpiSection
          member={member}
          scope={{ accountId: account.id, accountAmId: account.am.id, archived: account.archivedAt !== null }}
          kpis={data.kpis}
          caption={`KPIs of ${account.client.name} (${account.name})`}
          empty="No KPIs set for this account yet."
        />
      </Card>

      {account.kind === "RETAINER" && (
        <Card
          id="retainer"
          title="Hours against scope"
          description="Hours used each month (timesheets, hours by hand and absorbed scope requests) against the contract."
        >
          <RetainerSection {...commercialProps} />
        </Card>
      )}

      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card
          id="scope-requests"
          title="Scope requests"
          description="Out-of-scope asks and what was decided."
          className="min-w-0"
        >
          <ScopeRequestsSection {...commercialProps} />
        </Card>
        <Card
          id="value-history"
          title="Value history"
          description="Every change of the monthly value or owner, dated."
          className="min-w-0"
        >
          <ValueHistorySection {...commercialProps} />
        </Card>
      </div>

      <Card id="growth" title="Growth plans">
        <GrowthSection
          member={member}
          account={account}
          plans={data.growthPlans}
          currency={settings.currency}
          today={today}
        />
      </Card>
    </div>
  );
}
