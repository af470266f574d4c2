/**
 * The dashboard's "load per AM over 12 months" with the guideline in force each month: the agency-level companion of
 * the AM page's trend. Same reconstruction and limits as load-trend.ts (today's owners, start and archive dates), over
 * every account of today's active AMs, divided by today's AM count.
 */
import { withTenant } from "@/lib/db/tenant";
import { guidelineFor, type Guideline } from "@/lib/domain/portfolio/guideline";
import {
  DEFAULT_TREND_MONTHS,
  loadTrend,
  trendWindowStart,
  type TrendAccount,
} from "@/lib/domain/portfolio/load-trend";
import { bandHistory, type GuidelineChangeRow } from "./rule-history";
import { readGuidelineChanges, readSettingsOrThrow } from "./settings-queries";

export type AgencyTrendPoint = {
  month: string;
  label: string;
  partial: boolean;
  /** Mean weighted load per AM, one decimal. */
  weightedLoad: number;
  bandMin: number;
  bandMax: number;
  changeNote: string | null;
};

export type AgencyLoadHistory = {
  guideline: Guideline;
  accountManagers: number;
  points: AgencyTrendPoint[];
  changes: GuidelineChangeRow[];
};

/** Pure: the per-AM mean of the reconstructed load, month by month, with the band in force. */
export function agencyLoadHistory(
  accounts: readonly TrendAccount[],
  accountManagers: number,
  changes: readonly GuidelineChangeRow[],
  guideline: Guideline,
  today: Date,
): AgencyTrendPoint[] {
  const trend = loadTrend(accounts, today);
  const bands = bandHistory(trend, changes, guideline);
  return trend.map((point, i) => ({
    month: point.month,
    label: point.label,
    partial: point.partial,
    weightedLoad: accountManagers === 0 ? 0 : Math.round((point.weightedLoad / accountManagers) * 10) / 10,
    bandMin: bands[i]!.bandMin,
    bandMax: bands[i]!.bandMax,
    changeNote: bands[i]!.changeNote,
  }));
}

export async function loadAgencyLoadHistory(
  agencyId: string,
  userId: string | null,
  today = new Date(),
): Promise<AgencyLoadHistory> {
  return withTenant(agencyId, userId, async (tx) => {
    const settings = await readSettingsOrThrow(tx, agencyId);
    const changes = await readGuidelineChanges(tx, agencyId);
    // Raw SQL, not `roles: { has: "AM" }`: pglite-prisma-adapter 0.7.2 fails on that filter (the embedded database).
    const [{ ams }] = await tx.$queryRaw<[{ ams: number }]>`
      SELECT count(*)::int AS "ams" FROM "Membership" m
      WHERE m."agencyId" = ${agencyId}::uuid AND m."active" AND 'AM' = ANY (m."roles")`;
    // One join, not an ORM read with every AM's id in an IN list (34 ms for the benchmark tenant's 3,600 accounts);
    // accounts archived before the first month of the window count in none of its months and are not read.
    const windowStart = trendWindowStart(today, DEFAULT_TREND_MONTHS);
    const accounts = await tx.$queryRaw<TrendAccount[]>`
      SELECT a."status"::text AS "status", a."complexity"::text AS "complexity", a."startDate", a."archivedAt"
      FROM "Account" a JOIN "Membership" m ON m."agencyId" = a."agencyId" AND m."id" = a."amId"
      WHERE a."agencyId" = ${agencyId}::uuid AND m."active" AND 'AM' = ANY (m."roles")
        AND (a."archivedAt" IS NULL OR a."archivedAt" >= ${windowStart})`;
    const guideline = guidelineFor(settings);
    return {
      guideline,
      accountManagers: ams,
      points: agencyLoadHistory(accounts, ams, changes, guideline, today),
      changes,
    };
  });
}
