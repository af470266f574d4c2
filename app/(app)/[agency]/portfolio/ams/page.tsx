import type { Metadata } from "next";
import { ExportLink } from "@/components/export/export-link";
import { PageHeader } from "@/components/layout/page-header";
import { AmLoadTable } from "@/components/portfolio/am-load-table";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import type { AgencyPageProps } from "@/lib/auth/agency-page";
import { AM_LOAD_KEYS, FULL_LIST_PAGE_SIZE } from "@/lib/domain/portfolio/dashboard-lists";
import { loadAmLoads } from "@/lib/domain/portfolio/load-dashboard-lists";
import { pageInMemory, pageRequest } from "@/lib/pagination/keyset";
import { BackToDashboard, openDashboardFilters } from "../dashboard-list";

export const metadata: Metadata = { title: "Account manager load" };

/** Every account manager's load against the guideline, most loaded first, one page at a time (dashboard filters). */
export default async function AmLoadListPage(props: AgencyPageProps) {
  const { member, search, filterSearch, filters } = await openDashboardFilters(props);
  const dashboard = await loadAmLoads(member.agencyId, member.user.id, filters);
  const page = pageInMemory(AM_LOAD_KEYS, dashboard.amLoads, pageRequest(search, FULL_LIST_PAGE_SIZE));
  const { guideline } = dashboard;
  const base = `/${member.agencySlug}/portfolio/ams`;
  return (
    <>
      <BackToDashboard slug={member.agencySlug} filterSearch={filterSearch} label="Account manager load" />
      <PageHeader
        title="Account manager load"
        description={`Weighted accounts per AM against the guideline band (${guideline.min}–${guideline.max}), most loaded first.`}
      >
        <ExportLink slug={member.agencySlug} kind="am-load" search={filterSearch} what="account manager load" />
      </PageHeader>
      <Card>
        <AmLoadTable slug={member.agencySlug} rows={page.items} />
        <Pager base={base} search={search} page={page} total={dashboard.amLoads.length} noun="account manager" />
      </Card>
    </>
  );
}
