import { withTenant, type TenantTx } from "@/lib/db/tenant";
import { readSettingsOrThrow, type AgencySettingsRow } from "@/lib/domain/agencies/settings-queries";
import { signalRulesFromSettings } from "@/lib/domain/agencies/settings-rules";
import { readCommercialSnapshot } from "@/lib/domain/commercial/portfolio-query";
import { buildDashboard, type Dashboard, type DashboardFilters } from "./dashboard";
import { guidelineFor } from "./guideline";
import {
  readAccountManagers,
  readAccounts,
  readClients,
  readGrowthPipeline,
  readProjects,
  type BookScope,
} from "./queries";
import type { PortfolioSnapshot, SignalRules } from "./signal-types";

export type PortfolioData = {
  /** The agency row with every rule a leader sets (lib/domain/agencies). */
  settings: AgencySettingsRow;
  snapshot: PortfolioSnapshot;
  pipeline: Awaited<ReturnType<typeof readGrowthPipeline>>;
  /** The agency's cadences, health weights and signal thresholds over DESIGN.md's defaults. */
  rules: SignalRules;
};

/**
 * Everything the portfolio views need for one agency: six set-based queries in one tenant transaction. With a scope,
 * only the rows of one AM's book (queries.ts `BookScope`): the rules over that snapshot are right for the subjects of
 * those accounts only, so a caller with a scope keeps only the signals that concern them.
 */
export function loadPortfolioData(
  agencyId: string,
  userId: string | null,
  today: Date,
  scope?: BookScope,
): Promise<PortfolioData> {
  return withTenant(agencyId, userId, (tx) => readPortfolioData(tx, agencyId, today, scope));
}

/** loadPortfolioData inside a transaction the caller holds (the stored standing's refresh reads and writes in one). */
export async function readPortfolioData(
  tx: TenantTx,
  agencyId: string,
  today: Date,
  scope?: BookScope,
): Promise<PortfolioData> {
  const settings = await readSettingsOrThrow(tx, agencyId);
  // Sequential on purpose: one transaction is one connection, so parallel queries would only queue.
  const ams = await readAccountManagers(tx, agencyId, scope);
  const accounts = await readAccounts(tx, agencyId, scope);
  const projects = await readProjects(tx, agencyId, scope);
  const clients = await readClients(tx, agencyId, today, scope);
  const pipeline = await readGrowthPipeline(tx, agencyId);
  const commercial = await readCommercialSnapshot(tx, agencyId, today, settings.currency, scope);
  return {
    settings,
    snapshot: { guideline: guidelineFor(settings), ams, accounts, projects, clients, commercial },
    pipeline,
    rules: signalRulesFromSettings(settings),
  };
}

export async function loadDashboard(
  agencyId: string,
  userId: string | null,
  filters: DashboardFilters = {},
  today = new Date(),
): Promise<{ settings: AgencySettingsRow; dashboard: Dashboard }> {
  const data = await loadPortfolioData(agencyId, userId, today);
  return {
    settings: data.settings,
    dashboard: buildDashboard(data.snapshot, data.pipeline, data.rules, today, filters),
  };
}
