import type { TenantTx } from "@/lib/db/tenant";
import {
  HEALTHY_FROM,
  WATCH_FROM,
  distributionByWeek,
  healthWeeks,
  type HealthBand,
  type WeekDistribution,
} from "./daily";

/**
 * Reads of the daily snapshots. The dashboard's distribution reads one day per week (the newest day with snapshots
 * in that week, found by 12 index probes on (agencyId, day)) and counts bands in SQL, so it returns 12 rows however
 * many accounts the agency has.
 */
export async function readHealthDistribution(tx: TenantTx, agencyId: string, today: Date): Promise<WeekDistribution[]> {
  const weeks = healthWeeks(today);
  const starts = weeks.map((w) => w.weekStart.toISOString().slice(0, 10));
  const rows = await tx.$queryRaw<({ weekStart: Date; day: Date } & Record<HealthBand, number>)[]>`
    WITH weeks AS (SELECT unnest(${starts}::date[]) AS "weekStart"),
    picked AS (
      SELECT w."weekStart", (SELECT max(s."day") FROM "AccountHealthSnapshot" s
                             WHERE s."agencyId" = ${agencyId}::uuid AND s."day" >= w."weekStart"
                               AND s."day" < w."weekStart" + 7) AS "day"
      FROM weeks w
    )
    SELECT p."weekStart", p."day",
           count(*) FILTER (WHERE s."healthScore" >= ${HEALTHY_FROM})::int AS "healthy",
           count(*) FILTER (WHERE s."healthScore" >= ${WATCH_FROM} AND s."healthScore" < ${HEALTHY_FROM})::int AS "watch",
           count(*) FILTER (WHERE s."healthScore" < ${WATCH_FROM})::int AS "atRisk",
           count(*) FILTER (WHERE s."healthScore" IS NULL)::int AS "unscored"
    FROM picked p
    JOIN "AccountHealthSnapshot" s ON s."agencyId" = ${agencyId}::uuid AND s."day" = p."day"
    GROUP BY p."weekStart", p."day"`;
  return distributionByWeek(weeks, rows);
}

export type LoadSnapshot = { day: Date; load: number; weightedLoad: number };

export async function readAmLoadSnapshots(tx: TenantTx, agencyId: string, amId: string, since: Date) {
  const rows = await tx.amLoadSnapshot.findMany({
    where: { agencyId, amId, day: { gte: since } },
    select: { day: true, load: true, weightedLoad: true },
    orderBy: { day: "asc" },
  });
  return rows.map((r): LoadSnapshot => ({ day: r.day, load: r.load, weightedLoad: Number(r.weightedLoad) }));
}

export async function readAccountHealthSnapshots(tx: TenantTx, agencyId: string, accountId: string, since: Date) {
  return tx.accountHealthSnapshot.findMany({
    where: { agencyId, accountId, day: { gte: since } },
    select: { day: true, healthScore: true },
    orderBy: { day: "asc" },
  });
}
