import { forbidden, notFound } from "@/lib/actions/result";
import { fieldChange } from "@/lib/audit/record";
import type { Ctx } from "@/lib/domain/action-context";
import { mayAssess, mayWriteDevelopment } from "./access";
import { COMPETENCIES } from "./competencies";
import { loadPerson } from "./person-row";

/** One assessment round: a score (and evidence) per competency, the AM's own view or their manager's. */
export async function recordAssessment({ input, member, tx, audit }: Ctx<"recordAssessmentSchema">) {
  const { agencyId } = member;
  const person = await loadPerson(tx, agencyId, input.membershipId);
  if (!mayAssess(member, person, input.source)) {
    throw forbidden(
      input.source === "SELF"
        ? "Only the person records their own view."
        : "Only their manager or a leader records the manager's view.",
    );
  }
  const rows = COMPETENCIES.flatMap((competency) => {
    const score = input.scores[competency];
    return score === undefined
      ? []
      : [
          {
            agencyId,
            membershipId: person.id,
            authorId: member.membershipId,
            source: input.source,
            competency,
            score,
            evidence: input.evidence[competency] ?? "",
            assessedOn: new Date(`${input.assessedOn}T00:00:00Z`),
          },
        ];
  });
  await tx.assessment.createMany({ data: rows });
  await audit({
    action: "people.assessed",
    entityType: "Membership",
    entityId: person.id,
    after: {
      source: input.source,
      assessedOn: input.assessedOn,
      scores: Object.fromEntries(rows.map((r) => [r.competency, r.score])),
    },
  });
  return { membershipId: person.id, count: rows.length };
}

export async function addDevelopmentItem({ input, member, tx, audit }: Ctx<"addDevelopmentItemSchema">) {
  const { agencyId } = member;
  const person = await loadPerson(tx, agencyId, input.membershipId);
  if (!mayWriteDevelopment(member, person)) throw forbidden();
  const item = await tx.developmentItem.create({
    data: {
      agencyId,
      membershipId: person.id,
      kind: input.kind,
      title: input.title,
      competency: input.competency,
      dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null,
    },
    select: { id: true, kind: true, title: true, competency: true, dueDate: true, status: true },
  });
  await audit({
    action: "people.development_item_added",
    entityType: "DevelopmentItem",
    entityId: item.id,
    after: item,
  });
  return { itemId: item.id };
}

export async function setDevelopmentItemStatus({ input, member, tx, audit }: Ctx<"setDevelopmentItemStatusSchema">) {
  const { agencyId } = member;
  const item = await tx.developmentItem.findFirst({
    where: { agencyId, id: input.itemId },
    select: { id: true, membershipId: true, status: true },
  });
  if (!item) throw notFound("That development item");
  const person = await loadPerson(tx, agencyId, item.membershipId);
  if (!mayWriteDevelopment(member, person)) throw notFound("That development item");
  await tx.developmentItem.update({
    where: { agencyId_id: { agencyId, id: item.id } },
    data: { status: input.status },
  });
  await audit(
    fieldChange("people.development_item_status", "DevelopmentItem", item.id, { status: [item.status, input.status] }),
  );
  return { itemId: item.id, status: input.status };
}
