/**
 * What the settings page shows besides the settings themselves: the inputs of its live previews (each AM's weighted
 * load, each load-bearing account's health components unrounded) and the rule's history. Reads the same portfolio
 * snapshot as the dashboard, so the previews count exactly what the dashboard would show after saving.
 */
import { withTenant } from "@/lib/db/tenant";
import { componentValues } from "@/lib/domain/portfolio/health";
import { amLoadRows } from "@/lib/domain/portfolio/dashboard";
import { countsTowardLoad } from "@/lib/domain/portfolio/load";
import { loadPortfolioSnapshot } from "@/lib/domain/portfolio/load-portfolio";
import type { GuidelineChangeRow } from "./rule-history";
import { readGuidelineChanges, type AgencySettingsRow } from "./settings-queries";
import { tallyComponents, type ComponentTally } from "./settings-rules";
import { groupBy } from "@/lib/group-by";

export type SettingsPageData = {
  settings: AgencySettingsRow;
  amWeightedLoads: number[];
  /** The load-bearing accounts' health components, identical rows counted once (settings-rules.ts). */
  accountComponents: ComponentTally[];
  changes: GuidelineChangeRow[];
};

export async function loadSettingsPage(
  agencyId: string,
  userId: string,
  today = new Date(),
): Promise<SettingsPageData> {
  const { settings, snapshot, rules } = await loadPortfolioSnapshot(agencyId, userId, today);
  const changes = await withTenant(agencyId, userId, (tx) => readGuidelineChanges(tx, agencyId));
  const amWeightedLoads = amLoadRows(snapshot.ams, snapshot.accounts, snapshot.guideline).map((am) => am.weightedLoad);
  const projectsByAccount = groupBy(snapshot.projects, (p) => p.accountId);
  const accountComponents = tallyComponents(
    snapshot.accounts
      .filter((a) => countsTowardLoad(a.status))
      .map((account) => {
        const projectStatuses = (projectsByAccount.get(account.id) ?? []).map((p) => p.status);
        return componentValues({ ...account, projectStatuses }, today, rules.cadence);
      }),
  );
  return { settings, amWeightedLoads, accountComponents, changes };
}

/** The time zones the form offers: this runtime's IANA list (UTC first). */
export function timeZoneOptions(): string[] {
  try {
    return ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
  } catch {
    return ["UTC"];
  }
}
