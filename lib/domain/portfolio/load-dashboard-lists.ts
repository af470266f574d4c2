import { withTenant } from "@/lib/db/tenant";
import { readSettingsOrThrow } from "@/lib/domain/agencies/settings-queries";
import {
  amLoadRows,
  composeDashboard,
  type AmLoadRow,
  type AttentionItem,
  type Dashboard,
  type DashboardFilters,
} from "./dashboard";
import { guidelineFor, type Guideline } from "./guideline";
import { readAccountManagers, readLoadRows } from "./queries";
import { summarizeDashboard, type DashboardSummary } from "./dashboard-lists";
import { loadPortfolioData } from "./load-portfolio";
import type { AgencySettingsRow as AgencySettings } from "@/lib/domain/agencies/settings-queries";

/** The dashboard as the browser gets it: every figure, the top of each long list, and the lists' full counts. */
export async function loadDashboardSummary(
  agencyId: string,
  userId: string | null,
  filters: DashboardFilters = {},
  today = new Date(),
): Promise<{ settings: AgencySettings; dashboard: DashboardSummary }> {
  const { settings, dashboard, attention } = await loadDashboardLists(agencyId, userId, filters, today);
  return { settings, dashboard: summarizeDashboard(dashboard, attention.length) };
}

/** The whole composition, for the full "needs attention" and signal list pages, which page through it. */
export async function loadDashboardLists(
  agencyId: string,
  userId: string | null,
  filters: DashboardFilters = {},
  today = new Date(),
): Promise<{ settings: AgencySettings; dashboard: Dashboard; attention: AttentionItem[] }> {
  const data = await loadPortfolioData(agencyId, userId, today);
  const { dashboard, attention } = composeDashboard(data.snapshot, data.pipeline, data.rules, today, filters);
  return { settings: data.settings, dashboard, attention };
}

/** Every AM's load as the dashboard shows it (the full AM list and its CSV): three light reads, no portfolio. */
export async function loadAmLoads(
  agencyId: string,
  userId: string | null,
  filters: DashboardFilters = {},
): Promise<{ guideline: Guideline; amLoads: AmLoadRow[] }> {
  return withTenant(agencyId, userId, async (tx) => {
    const guideline = guidelineFor(await readSettingsOrThrow(tx, agencyId));
    const ams = await readAccountManagers(tx, agencyId);
    return { guideline, amLoads: amLoadRows(ams, await readLoadRows(tx, agencyId), guideline, filters) };
  });
}
