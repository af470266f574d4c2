import { Breadcrumbs } from "@/components/drilldown/breadcrumbs";
import { filtersToSearch } from "@/components/portfolio/filter-params";
import { parseFilterRecord } from "@/components/portfolio/filter-params-schema";
import { openAgencyPage, type AgencyPageProps } from "@/lib/auth/agency-page";
import { loadDashboardLists } from "@/lib/domain/portfolio/load-dashboard-lists";

/**
 * The full lists behind the dashboard (needs attention, signals, AM load) open alike: the dashboard's filters from the
 * URL (an unreadable set is ignored), the whole composition under them, and a way back to the filtered dashboard.
 */
export async function openDashboardList(props: AgencyPageProps) {
  const opened = await openDashboardFilters(props);
  return { ...opened, ...(await loadDashboardLists(opened.member.agencyId, opened.member.user.id, opened.filters)) };
}

/** The member and the dashboard's filters from the URL, for a list that reads less than the whole composition. */
export async function openDashboardFilters(props: AgencyPageProps) {
  const { member, search } = await openAgencyPage(props, "portfolio:read");
  const parsed = parseFilterRecord(search);
  const filters = parsed.ok ? parsed.filters : {};
  return { member, search, filters, filterSearch: filtersToSearch(filters) };
}

export function BackToDashboard({ slug, filterSearch, label }: { slug: string; filterSearch: string; label: string }) {
  return (
    <Breadcrumbs
      items={[{ label: "Portfolio", href: `/${slug}/portfolio${filterSearch ? `?${filterSearch}` : ""}` }, { label }]}
    />
  );
}
