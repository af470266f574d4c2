import { expect } from "vitest";
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

/**
 * Sends each probe (an input naming agency B's rows) to its action: with A's slug it must be refused as not found
 * (`expectRefused` also checks that nothing changed and the refusal is audited), with B's slug refused and B unchanged.
 */
export async function expectProbesNotFound(
  admin: Db,
  actions: Record<string, unknown>,
  probes: Record<string, unknown>,
  slugs: { a: string; b: string },
  expectRefused: (call: () => Promise<unknown>, code: "not_found") => Promise<unknown>,
) {
  for (const [name, input] of Object.entries(probes)) {
    const action = actions[name] as (slug: string, input: unknown) => Promise<unknown>;
    await expectRefused(() => action(slugs.a, input), "not_found");
    const bState = await kpisAndGrowth(admin);
    expect(await action(slugs.b, input)).toMatchObject({ ok: false, code: "not_found" });
    expect(await kpisAndGrowth(admin)).toEqual(bState);
  }
}
