import type { Metadata } from "next";
import { cache } from "react";
import {
  AccountCommercial,
  AccountGrowth,
  AccountKpis,
  AccountProjects,
} from "@/components/drilldown/account-page-cards";
import {
  AccountCheckIns,
  AccountFollowUps,
  AccountHealthAndSignals,
  AccountPageHeading,
} from "@/components/drilldown/account-page-sections";
import type { AgencyPageProps } from "@/lib/auth/agency-page";
import { notFoundLogged, requireMember } from "@/lib/auth/membership";
import { loadAccountPage, loadAccountPageDetails } from "@/lib/domain/portfolio/account-page";

type Props = AgencyPageProps<{ accountId: string }>;

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
  const details = await loadAccountPageDetails(member, data, search, today);
  const sections = { member, data, details, today };
  return (
    <div className="space-y-6">
      <AccountPageHeading {...sections} />
      <AccountHealthAndSignals {...sections} />
      <AccountCheckIns {...sections} search={search} />
      <AccountFollowUps {...sections} />
      <AccountProjects {...sections} />
      <AccountKpis {...sections} />
      <AccountCommercial {...sections} />
      <AccountGrowth {...sections} />
    </div>
  );
}
