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

/** What the rules need for one agency, or for one AM's book: the settings, the rows and the rules from the settings. */
export type PortfolioSnapshotData = {
  /** The agency row with every rule a leader sets (lib/domain/agencies). */
  settings: AgencySettingsRow;
  snapshot: PortfolioSnapshot;
  /** The agency's cadences, health weights and signal thresholds over DESIGN.md's defaults. */
  rules: SignalRules;
};

/** The whole agency as the dashboard composes it: the snapshot and the agency-wide growth pipeline. */
export type PortfolioData = PortfolioSnapshotData & { pipeline: Awaited<ReturnType<typeof readGrowthPipeline>> };

/**
 * The rows the rules read, in set-based queries in one tenant transaction. With a scope, only the rows of one AM's
 * book (queries.ts `BookScope`): the rules over that snapshot are right for the subjects of those accounts only, so a
 * caller with a scope keeps only the signals that concern them. The AM, account and "my accounts" pages, the stored
 * standing's refresh and the jobs read this; only a dashboard composition also needs the pipeline (loadPortfolioData).
 */
export function loadPortfolioSnapshot(
  agencyId: string,
  userId: string | null,
  today: Date,
  scope?: BookScope,
): Promise<PortfolioSnapshotData> {
  return withTenant(agencyId, userId, (tx) => readPortfolioSnapshot(tx, agencyId, today, scope));
}

/** loadPortfolioSnapshot inside a transaction the caller holds (the stored standing's refresh reads and writes in one). */
export async function readPortfolioSnapshot(
  tx: TenantTx,
  agencyId: string,
  today: Date,
  scope?: BookScope,
): Promise<PortfolioSnapshotData> {
  const settings = await readSettingsOrThrow(tx, agencyId);
  // Sequential on purpose: one transaction is one connection, so parallel queries would only queue.
  const ams = await readAccountManagers(tx, agencyId, scope);
  const accounts = await readAccounts(tx, agencyId, scope);
  const projects = await readProjects(tx, agencyId, scope);
  const clients = await readClients(tx, agencyId, today, scope);
  const commercial = await readCommercialSnapshot(tx, agencyId, today, settings.currency, scope);
  return {
    settings,
    snapshot: { guideline: guidelineFor(settings), ams, accounts, projects, clients, commercial },
    rules: signalRulesFromSettings(settings),
  };
}

/** The whole agency with its growth pipeline, for composing the dashboard from the raw rows (digests, checks). */
export function loadPortfolioData(agencyId: string, userId: string | null, today: Date): Promise<PortfolioData> {
  return withTenant(agencyId, userId, async (tx) => ({
    ...(await readPortfolioSnapshot(tx, agencyId, today)),
    pipeline: await readGrowthPipeline(tx, agencyId),
  }));
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
