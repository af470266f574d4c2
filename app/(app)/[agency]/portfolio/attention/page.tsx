import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/drilldown/breadcrumbs";
import { PageHeader } from "@/components/layout/page-header";
import { filtersToSearch } from "@/components/portfolio/filter-params";
import { parseFilterRecord } from "@/components/portfolio/filter-params-schema";
import { NeedsAttention } from "@/components/portfolio/needs-attention";
import { Pager } from "@/components/ui/pager";
import { requireMember } from "@/lib/auth/membership";
import { FULL_LIST_PAGE_SIZE, pageAttention } from "@/lib/domain/portfolio/dashboard-lists";
import { loadDashboardLists } from "@/lib/domain/portfolio/load-dashboard-lists";
import { pageRequest } from "@/lib/pagination/keyset";

export const metadata: Metadata = { title: "Needs attention" };

type Props = {
  params: Promise<{ agency: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The dashboard's whole "needs attention" ranking, one page at a time, with the dashboard's filters from the URL. */
export default async function AttentionPage({ params, searchParams }: Props) {
  const { agency: slug } = await params;
  const member = await requireMember(slug, "portfolio:read");
  const search = await searchParams;
  const parsed = parseFilterRecord(search);
  const filters = parsed.ok ? parsed.filters : {};
  const { settings, attention } = await loadDashboardLists(member.agencyId, member.user.id, filters);
  const page = pageAttention(attention, pageRequest(search, FULL_LIST_PAGE_SIZE));
  const base = `/${member.agencySlug}/portfolio/attention`;
  const filterSearch = filtersToSearch(filters);
  // Items are the ranking's own objects, so the first one's place in it is its rank.
  const firstRank = page.items.length > 0 ? attention.indexOf(page.items[0]!) + 1 : 1;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Portfolio", href: `/${member.agencySlug}/portfolio${filterSearch ? `?${filterSearch}` : ""}` },
          { label: "Needs attention" },
        ]}
      />
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
        noun={["subject", "subjects"]}
        label="Needs attention pages"
      />
    </>
  );
}
