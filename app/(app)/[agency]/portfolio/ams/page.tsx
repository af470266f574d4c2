import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/drilldown/breadcrumbs";
import { ExportLink } from "@/components/export/export-link";
import { PageHeader } from "@/components/layout/page-header";
import { AmLoadTable } from "@/components/portfolio/am-load-table";
import { filtersToSearch } from "@/components/portfolio/filter-params";
import { parseFilterRecord } from "@/components/portfolio/filter-params-schema";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { requireMember } from "@/lib/auth/membership";
import { AM_LOAD_KEYS, FULL_LIST_PAGE_SIZE } from "@/lib/domain/portfolio/dashboard-lists";
import { loadDashboardLists } from "@/lib/domain/portfolio/load-dashboard-lists";
import { pageInMemory, pageRequest } from "@/lib/pagination/keyset";

export const metadata: Metadata = { title: "Account manager load" };

type Props = {
  params: Promise<{ agency: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Every account manager's load against the guideline, most loaded first, one page at a time (dashboard filters). */
export default async function AmLoadListPage({ params, searchParams }: Props) {
  const { agency: slug } = await params;
  const member = await requireMember(slug, "portfolio:read");
  const search = await searchParams;
  const parsed = parseFilterRecord(search);
  const filters = parsed.ok ? parsed.filters : {};
  const { dashboard } = await loadDashboardLists(member.agencyId, member.user.id, filters);
  const page = pageInMemory(AM_LOAD_KEYS, dashboard.amLoads, pageRequest(search, FULL_LIST_PAGE_SIZE));
  const filterSearch = filtersToSearch(filters);
  const { guideline } = dashboard;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Portfolio", href: `/${member.agencySlug}/portfolio${filterSearch ? `?${filterSearch}` : ""}` },
          { label: "Account manager load" },
        ]}
      />
      <PageHeader
        title="Account manager load"
        description={`Weighted accounts per AM against the guideline band (${guideline.min}–${guideline.max}), most loaded first.`}
      >
        <ExportLink slug={member.agencySlug} kind="am-load" search={filterSearch} what="account manager load" />
      </PageHeader>
      <Card>
        <AmLoadTable slug={member.agencySlug} rows={page.items} />
        <Pager
          base={`/${member.agencySlug}/portfolio/ams`}
          search={search}
          page={page}
          total={dashboard.amLoads.length}
          noun={["account manager", "account managers"]}
          label="Account manager pages"
        />
      </Card>
    </>
  );
}
