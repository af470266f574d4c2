import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { NeedsAttention } from "@/components/portfolio/needs-attention";
import { Pager } from "@/components/ui/pager";
import type { AgencyPageProps } from "@/lib/auth/agency-page";
import { FULL_LIST_PAGE_SIZE, pageAttention } from "@/lib/domain/portfolio/dashboard-lists";
import { pageRequest } from "@/lib/pagination/keyset";
import { BackToDashboard, openDashboardList } from "../dashboard-list";

export const metadata: Metadata = { title: "Needs attention" };

/** The dashboard's whole "needs attention" ranking, one page at a time, with the dashboard's filters from the URL. */
export default async function AttentionPage(props: AgencyPageProps) {
  const { member, search, filterSearch, settings, attention } = await openDashboardList(props);
  const page = pageAttention(attention, pageRequest(search, FULL_LIST_PAGE_SIZE));
  const base = `/${member.agencySlug}/portfolio/attention`;
  // Items are the ranking's own objects, so the first one's place in it is its rank.
  const firstRank = page.items.length > 0 ? attention.indexOf(page.items[0]!) + 1 : 1;
  return (
    <>
      <BackToDashboard slug={member.agencySlug} filterSearch={filterSearch} label="Needs attention" />
      <PageHeader
        title="Needs attention"
        description={`Every subject with a signal${filterSearch ? " in this filtered view" : ""}, ranked as on the dashboard.`}
      />
      <NeedsAttention
        slug={member.agencySlug}
        items={page.items}
        currency={settings.currency}
        total={attention.length}
        firstRank={firstRank}
      />
      <Pager
        base={base}
        search={search}
        page={page}
        total={attention.length}
        noun="subject"
        label="Needs attention pages"
      />
    </>
  );
}
