import type { Db } from "../../lib/db/client";

/** Every people row (all agencies), read as the superuser: "nothing changed" is two equal snapshots. */
export async function peopleState(admin: Db) {
  const [
    levels,
    levelKpis,
    expectations,
    profiles,
    assessments,
    items,
    oneOnOnes,
    actions,
    memberships,
    accounts,
    projects,
  ] = await Promise.all([
    admin.careerLevel.findMany({ orderBy: { id: "asc" } }),
    admin.careerLevelKpi.findMany({ orderBy: [{ levelId: "asc" }, { kpiName: "asc" }] }),
    admin.levelExpectation.findMany({ orderBy: [{ levelId: "asc" }, { competency: "asc" }] }),
    admin.personProfile.findMany({ orderBy: { membershipId: "asc" } }),
    admin.assessment.findMany({ orderBy: { id: "asc" } }),
    admin.developmentItem.findMany({ orderBy: { id: "asc" } }),
    admin.oneOnOne.findMany({ orderBy: { id: "asc" } }),
    admin.oneOnOneAction.findMany({ orderBy: { id: "asc" } }),
    admin.membership.findMany({ orderBy: { id: "asc" }, select: { id: true, active: true } }),
    admin.account.findMany({ orderBy: { id: "asc" }, select: { id: true, amId: true, version: true } }),
    admin.project.findMany({ orderBy: { id: "asc" }, select: { id: true, pmId: true, version: true } }),
  ]);
  return {
    levels,
    levelKpis,
    expectations,
    profiles,
    assessments,
    items,
    oneOnOnes,
    actions,
    memberships,
    accounts,
    projects,
  };
}

/** Audit events other than refusals, of one agency. */
export function changeEvents(admin: Db, agencyId: string) {
  return admin.auditEvent.findMany({ where: { agencyId, NOT: { action: "access.denied" } }, orderBy: { id: "asc" } });
}
