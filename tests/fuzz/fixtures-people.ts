import type { Db } from "../../lib/db/client";

/**
 * People rows for the fuzz and cross-tenant fixtures (issue 15): the AM's profile (managed by the leader), a
 * development item, a 1:1 with one agreed action, and the first rung of the agency's default ladder (made by the
 * agency insert trigger).
 */
export async function addPeopleRows(admin: Db, agencyId: string, amId: string, leaderId: string) {
  await admin.personProfile.create({ data: { agencyId, membershipId: amId, managerId: leaderId } });
  const [level, item, oneOnOne] = await Promise.all([
    admin.careerLevel.findFirstOrThrow({ where: { agencyId, rank: 1 }, select: { id: true } }),
    admin.developmentItem.create({
      data: { agencyId, membershipId: amId, kind: "GOAL", title: "Lead a QBR" },
      select: { id: true },
    }),
    admin.oneOnOne.create({
      data: { agencyId, amId, managerId: leaderId, heldOn: new Date("2026-11-01"), topics: "Workload" },
      select: { id: true },
    }),
  ]);
  const action = await admin.oneOnOneAction.create({
    data: { agencyId, oneOnOneId: oneOnOne.id, amId, managerId: leaderId, title: "Book the course" },
    select: { id: true },
  });
  return { level: level.id, developmentItem: item.id, oneOnOneAction: action.id };
}
