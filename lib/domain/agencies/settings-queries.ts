import type { TenantTx } from "@/lib/db/tenant";
import type { GuidelineChangeRow } from "./rule-history";
import type { RuleSettings } from "./settings-rules";

/** Every column the settings page shows and the portfolio rules read, in one row of the agency. */
export const SETTINGS_SELECT = {
  id: true,
  name: true,
  slug: true,
  currency: true,
  employeeCount: true,
  guidelineMinOverride: true,
  guidelineMaxOverride: true,
  guidelineOverrideReason: true,
  cadenceTier1Days: true,
  cadenceTier2Days: true,
  cadenceTier3Days: true,
  healthWeightRecency: true,
  healthWeightSentiment: true,
  healthWeightDelivery: true,
  healthWeightKpi: true,
  renewalWindowDays: true,
  staleProjectDays: true,
  sentimentDropPoints: true,
  relationshipMinContacts: true,
  timeZone: true,
  weekStart: true,
  settingsVersion: true,
  setupConfirmedAt: true,
  firstRunDismissedAt: true,
} as const;

export type AgencySettingsRow = RuleSettings & {
  id: string;
  name: string;
  slug: string;
  currency: string;
  guidelineOverrideReason: string | null;
  timeZone: string;
  weekStart: "MONDAY" | "SUNDAY" | "SATURDAY";
  settingsVersion: number;
  setupConfirmedAt: Date | null;
  firstRunDismissedAt: Date | null;
};

/** The agency's settings (Decimal → number at the boundary), or null when the row is not visible. */
export async function readSettings(tx: TenantTx, agencyId: string): Promise<AgencySettingsRow | null> {
  const row = await tx.agency.findFirst({ where: { id: agencyId }, select: SETTINGS_SELECT });
  return row ? { ...row, sentimentDropPoints: Number(row.sentimentDropPoints) } : null;
}

export async function readSettingsOrThrow(tx: TenantTx, agencyId: string): Promise<AgencySettingsRow> {
  const row = await readSettings(tx, agencyId);
  if (!row) throw new Error("agency settings not visible in this tenant scope");
  return row;
}

/** Every change of the guideline in force, oldest first, with who made it. */
export async function readGuidelineChanges(tx: TenantTx, agencyId: string): Promise<GuidelineChangeRow[]> {
  const rows = await tx.guidelineChange.findMany({
    where: { agencyId },
    orderBy: [{ effectiveAt: "asc" }, { id: "asc" }],
    select: {
      effectiveAt: true,
      fromEmployeeCount: true,
      fromMin: true,
      fromMax: true,
      fromSource: true,
      toEmployeeCount: true,
      toMin: true,
      toMax: true,
      toSource: true,
      reason: true,
      actor: { select: { name: true } },
    },
  });
  return rows.map(({ actor, ...row }) => ({ ...row, actorName: actor?.name ?? null }));
}
