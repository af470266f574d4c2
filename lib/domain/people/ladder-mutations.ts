import { ActionError, forbidden, notFound } from "@/lib/actions/result";
import type { Ctx } from "@/lib/domain/action-context";
import { leadsPeople } from "./access";
import { COMPETENCIES } from "./competencies";
import { loadPerson } from "./person-row";

/** A leader edits one rung: name, summary and the five expectations; versioned like the settings. */
export async function editLevel({ input, member, tx, audit }: Ctx<"editLevelSchema">) {
  const { agencyId } = member;
  const level = await tx.careerLevel.findFirst({
    where: { agencyId, id: input.levelId },
    select: {
      id: true,
      name: true,
      summary: true,
      version: true,
      expectations: { select: { competency: true, minScore: true, description: true } },
    },
  });
  if (!level) throw notFound("That level");
  if (level.version !== input.expectedVersion) {
    throw new ActionError("conflict", "Someone changed this level since you opened it. Review and retry.", undefined, {
      version: level.version,
      name: level.name,
    });
  }
  const clash = await tx.careerLevel.findFirst({
    where: { agencyId, name: input.name, id: { not: level.id } },
    select: { id: true },
  });
  if (clash) throw new ActionError("invalid", "Another level has this name.", { name: ["Level names are unique."] });
  const updated = await tx.careerLevel.updateMany({
    where: { agencyId, id: level.id, version: input.expectedVersion },
    data: { name: input.name, summary: input.summary ?? "", version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new ActionError("conflict", "Someone changed this level since you opened it.");
  for (const competency of COMPETENCIES) {
    const e = input.expectations[competency];
    await tx.levelExpectation.upsert({
      where: { agencyId_levelId_competency: { agencyId, levelId: level.id, competency } },
      create: { agencyId, levelId: level.id, competency, minScore: e.minScore, description: e.description ?? "" },
      update: { minScore: e.minScore, description: e.description ?? "" },
    });
  }
  await audit({
    action: "people.level_edited",
    entityType: "CareerLevel",
    entityId: level.id,
    before: { name: level.name, summary: level.summary, expectations: level.expectations },
    after: { name: input.name, summary: input.summary, expectations: input.expectations },
  });
  return { levelId: level.id, version: level.version + 1 };
}

/** A leader sets a member's level on the ladder. */
export async function setLevel({ input, member, tx, audit }: Ctx<"setLevelSchema">) {
  const { agencyId } = member;
  if (!leadsPeople(member)) throw forbidden();
  const person = await loadPerson(tx, agencyId, input.membershipId);
  const level = await tx.careerLevel.findFirst({
    where: { agencyId, id: input.levelId },
    select: { id: true, name: true },
  });
  if (!level)
    throw new ActionError("invalid", "Choose a level of this agency's ladder.", { levelId: ["Unknown level."] });
  await tx.personProfile.upsert({
    where: { agencyId_membershipId: { agencyId, membershipId: person.id } },
    create: { agencyId, membershipId: person.id, levelId: level.id, startedAt: person.createdAt },
    update: { levelId: level.id },
  });
  await audit({
    action: "people.level_set",
    entityType: "Membership",
    entityId: person.id,
    before: { levelId: person.levelId },
    after: { levelId: level.id, level: level.name },
  });
  return { membershipId: person.id, levelId: level.id };
}

/** A leader pairs a member with a manager (a leader or a senior AM) and sets the 1:1 cadence of the pair. */
export async function setManager({ input, member, tx, audit }: Ctx<"setManagerSchema">) {
  const { agencyId } = member;
  if (!leadsPeople(member)) throw forbidden();
  const person = await loadPerson(tx, agencyId, input.membershipId);
  if (input.managerId) {
    if (input.managerId === person.id) {
      throw new ActionError("invalid", "Nobody manages themselves.", { managerId: ["Choose someone else."] });
    }
    const manager = await tx.membership.findFirst({
      where: { agencyId, id: input.managerId, active: true },
      select: { roles: true },
    });
    if (!manager || !manager.roles.some((r) => r === "LEADER" || r === "AM")) {
      throw new ActionError("invalid", "A manager is an active leader or account manager.", {
        managerId: ["Choose an active leader or AM."],
      });
    }
  }
  const pairChanged = input.managerId !== person.managerId;
  const managerSince = pairChanged ? (input.managerId ? new Date() : null) : undefined;
  await tx.personProfile.upsert({
    where: { agencyId_membershipId: { agencyId, membershipId: person.id } },
    create: {
      agencyId,
      membershipId: person.id,
      managerId: input.managerId,
      managerSince: managerSince ?? null,
      oneOnOneCadenceDays: input.cadenceDays,
      startedAt: person.createdAt,
    },
    update: { managerId: input.managerId, oneOnOneCadenceDays: input.cadenceDays, managerSince },
  });
  await audit({
    action: "people.manager_set",
    entityType: "Membership",
    entityId: person.id,
    before: { managerId: person.managerId, cadenceDays: person.cadenceDays },
    after: { managerId: input.managerId, cadenceDays: input.cadenceDays },
  });
  return { membershipId: person.id, managerId: input.managerId };
}
