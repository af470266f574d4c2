import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import { dayFromIso } from "@/lib/format/dates";
import { kpiAttainment } from "@/lib/domain/portfolio/health-components";
import type { KpiDirection } from "@/lib/domain/portfolio/types";

/**
 * A member's or an account's KPIs with their recent measurements, in ONE statement: the last KPI_HISTORY readings of
 * each KPI are aggregated in SQL (LATERAL + json_agg), so the cost does not grow with the history. agencyId is in every
 * where (row-level security checks it again).
 */

const KPI_HISTORY = 12;

export type KpiView = {
  id: string;
  name: string;
  unit: string;
  target: number;
  direction: KpiDirection;
  cadence: string;
  latest: { value: number; periodStart: Date } | null;
  /** 0–100 (capped), as the health score counts it; null when never measured. */
  attainment: number | null;
  /** The last KPI_HISTORY measurements, oldest first. */
  history: { id: string; periodStart: Date; value: number; note: string | null }[];
};

type KpiRow = Omit<KpiView, "latest" | "attainment" | "history"> & {
  history: { id: string; periodStart: string; value: number; note: string | null }[];
};

async function readKpis(tx: TenantTx, agencyId: string, owner: Prisma.Sql): Promise<KpiView[]> {
  const rows = await tx.$queryRaw<KpiRow[]>`
    SELECT k."id", k."name", k."unit", k."target"::float8 AS "target", k."direction"::text AS "direction",
           k."cadence"::text AS "cadence", coalesce(h."history", '[]'::json) AS "history"
    FROM "Kpi" k
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('id', last."id", 'periodStart', to_char(last."periodStart", 'YYYY-MM-DD'),
                                        'value', last."value", 'note', last."note")
                      ORDER BY last."periodStart") AS "history"
      FROM (SELECT km."id", km."periodStart", km."value"::float8 AS "value", km."note" FROM "KpiMeasurement" km
            WHERE km."agencyId" = k."agencyId" AND km."kpiId" = k."id"
            ORDER BY km."periodStart" DESC LIMIT ${KPI_HISTORY}) last
    ) h ON true
    WHERE k."agencyId" = ${agencyId}::uuid AND ${owner} AND k."archivedAt" IS NULL
    ORDER BY k."name", k."id"`;
  return rows.map((row) => {
    const history = row.history.map((m) => ({ ...m, periodStart: dayFromIso(m.periodStart) as Date }));
    const last = history.at(-1);
    const latest = last ? { value: last.value, periodStart: last.periodStart } : null;
    const attainment = latest
      ? kpiAttainment({ target: row.target, direction: row.direction, value: latest.value })
      : null;
    return { ...row, latest, attainment, history };
  });
}

export const readMemberKpis = (tx: TenantTx, agencyId: string, membershipId: string) =>
  readKpis(tx, agencyId, Prisma.sql`k."membershipId" = ${membershipId}::uuid`);
export const readAccountKpis = (tx: TenantTx, agencyId: string, accountId: string) =>
  readKpis(tx, agencyId, Prisma.sql`k."accountId" = ${accountId}::uuid`);
