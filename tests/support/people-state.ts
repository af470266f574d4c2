import type { Db } from "../../lib/db/client";

/** Every people row (all agencies), read as the superuser: "nothing changed" is two equal snapshots. */
export function peopleState(admin: Db) {
  return allOf({
    levels: admin.careerLevel.findMany({ orderBy: { id: "asc" } }),
    levelKpis: admin.careerLevelKpi.findMany({ orderBy: [{ levelId: "asc" }, { kpiName: "asc" }] }),
    expectations: admin.levelExpectation.findMany({ orderBy: [{ levelId: "asc" }, { competency: "asc" }] }),
    profiles: admin.personProfile.findMany({ orderBy: { membershipId: "asc" } }),
    assessments: admin.assessment.findMany({ orderBy: { id: "asc" } }),
    items: admin.developmentItem.findMany({ orderBy: { id: "asc" } }),
    oneOnOnes: admin.oneOnOne.findMany({ orderBy: { id: "asc" } }),
    actions: admin.oneOnOneAction.findMany({ orderBy: { id: "asc" } }),
    memberships: admin.membership.findMany({ orderBy: { id: "asc" }, select: { id: true, active: true } }),
    accounts: admin.account.findMany({ orderBy: { id: "asc" }, select: { id: true, amId: true, version: true } }),
    projects: admin.project.findMany({ orderBy: { id: "asc" }, select: { id: true, pmId: true, version: true } }),
  });
}

/** Runs the named queries together and answers their results under the same names. */
async function allOf<T extends Record<string, PromiseLike<unknown>>>(queries: T) {
  const names = Object.keys(queries) as (keyof T)[];
  const results = await Promise.all(names.map((name) => queries[name]));
  return Object.fromEntries(names.map((name, i) => [name, results[i]])) as { [K in keyof T]: Awaited<T[K]> };
}

/** Audit events other than refusals, of one agency. */
export function changeEvents(admin: Db, agencyId: string) {
  return admin.auditEvent.findMany({ where: { agencyId, NOT: { action: "access.denied" } }, orderBy: { id: "asc" } });
}
