import type { Db } from "../../lib/db/client";

/**
 * Every KPI and growth row (all agencies), read as the superuser, so a test can prove "nothing changed" by comparing
 * two snapshots with toEqual (the pattern of db-state.ts). Audit events are compared separately: refusals add one.
 */
export async function kpisAndGrowth(admin: Db) {
  const byId = { orderBy: { id: "asc" as const } };
  const [kpis, measurements, plans, opportunities, actions] = await Promise.all([
    admin.kpi.findMany(byId),
    admin.kpiMeasurement.findMany(byId),
    admin.growthPlan.findMany(byId),
    admin.opportunity.findMany(byId),
    admin.growthAction.findMany(byId),
  ]);
  return { kpis, measurements, plans, opportunities, actions };
}

/** Audit events other than refusals (access.denied), of one agency: what a rejected write must not add. */
export function changeEvents(admin: Db, agencyId: string) {
  return admin.auditEvent.findMany({
    where: { agencyId, NOT: { action: "access.denied" } },
    orderBy: { id: "asc" },
  });
}
