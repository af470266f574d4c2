import { withTenant } from "@/lib/db/tenant";
import { readSettingsOrThrow } from "@/lib/domain/agencies/settings-queries";
import { amLoadRows, type AmLoadRow, type AttentionItem, type Dashboard, type DashboardFilters } from "./dashboard";
import { guidelineFor, type Guideline } from "./guideline";
import { readAccountManagers, readLoadRows } from "./queries";
import type { DashboardSummary } from "./dashboard-lists";
import { loadStoredDashboard, loadStoredSummary } from "./standing-store";
import type { AgencySettingsRow as AgencySettings } from "@/lib/domain/agencies/settings-queries";

/** The dashboard as the browser gets it: every figure, the top of each long list, and the lists' full counts. */
export async function loadDashboardSummary(
  agencyId: string,
  userId: string | null,
  filters: DashboardFilters = {},
  today = new Date(),
): Promise<{ settings: AgencySettings; dashboard: DashboardSummary }> {
  return loadStoredSummary(agencyId, userId, filters, today);
}

/**
 * The whole composition, for the full "needs attention" and signal list pages, which page through it: summed from the
 * stored standing (standing-store.ts), which is what keeps a large agency's dashboard near the SQL floor.
 */
export async function loadDashboardLists(
  agencyId: string,
  userId: string | null,
  filters: DashboardFilters = {},
  today = new Date(),
): Promise<{ settings: AgencySettings; dashboard: Dashboard; attention: AttentionItem[] }> {
  return loadStoredDashboard(agencyId, userId, filters, today);
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
