import { loadAmLoads } from "@/lib/domain/portfolio/load-dashboard-lists";
import type { DashboardFilters } from "@/lib/domain/portfolio/dashboard";
import { BOM, csvLine } from "./csv";
import type { ExportFilters } from "./filters";

/**
 * The AM load table as on the dashboard, with the dashboard's filters. One row per AM (at most a few hundred), so it
 * is computed in one go by the same code as the page rather than streamed.
 */
export async function amLoadCsv(agencyId: string, userId: string, f: ExportFilters<"am-load">): Promise<string> {
  const filters: DashboardFilters = {};
  if (f.tier) filters.tier = f.tier;
  if (f.am) filters.amId = f.am;
  if (f.status) filters.amStatus = f.status;
  const dashboard = await loadAmLoads(agencyId, userId, filters);
  const { min, max } = dashboard.guideline;
  const header = [
    "account_manager",
    "accounts",
    "weighted_load",
    "status",
    "headroom",
    "guideline_min",
    "guideline_max",
  ];
  return (
    BOM +
    csvLine(header) +
    dashboard.amLoads
      .map((am) => csvLine([am.name, am.load, am.weightedLoad, am.status, am.headroom, min, max]))
      .join("")
  );
}
