import { forbidden, notFound } from "@/lib/actions/result";
import { fieldChange } from "@/lib/audit/record";
import type { Ctx } from "@/lib/domain/action-context";
import { mayRecordOneOnOne, mayTickAction, maySeePerson } from "./access";
import { loadPerson } from "./person-row";

/**
 * The manager side records a 1:1 with its agreed actions. The audit entry names the pair, the date and how many
 * actions, never the notes: the audit log is read by leaders only, but the notes stay where their privacy is enforced.
 */
export async function recordOneOnOne({ input, member, tx, audit }: Ctx<"recordOneOnOneSchema">) {
  const { agencyId } = member;
  const person = await loadPerson(tx, agencyId, input.amId);
  if (!mayRecordOneOnOne(member, person)) {
    if (!maySeePerson(member, person)) throw notFound("That person");
    throw forbidden("Only their manager or a leader records a 1:1.");
  }
  const heldOn = new Date(`${input.heldOn}T00:00:00Z`);
  const record = await tx.oneOnOne.create({
    data: {
      agencyId,
      amId: person.id,
      managerId: member.membershipId,
      heldOn,
      topics: input.topics,
      coachingNotes: input.coachingNotes ?? "",
      questions: input.questions ?? "",
    },
    select: { id: true },
  });
  const dueDate = input.actionsDueDate ? new Date(`${input.actionsDueDate}T00:00:00Z`) : null;
  if (input.actions.length > 0) {
    await tx.oneOnOneAction.createMany({
      data: input.actions.map((title) => ({
        agencyId,
        oneOnOneId: record.id,
        amId: person.id,
        managerId: member.membershipId,
        title,
        dueDate,
      })),
    });
  }
  await audit({
    action: "people.one_on_one_recorded",
    entityType: "OneOnOne",
    entityId: record.id,
    after: { amId: person.id, managerId: member.membershipId, heldOn: input.heldOn, actions: input.actions.length },
  });
  return { oneOnOneId: record.id };
}

/** Ticks (or un-ticks) an agreed action. Invisible rows (row-level security) are simply not found. */
export async function setOneOnOneActionDone({ input, member, tx, audit }: Ctx<"setOneOnOneActionDoneSchema">) {
  const { agencyId } = member;
  const action = await tx.oneOnOneAction.findFirst({
    where: { agencyId, id: input.actionId },
    select: { id: true, amId: true, managerId: true, doneAt: true },
  });
  if (!action) throw notFound("That action");
  const person = await loadPerson(tx, agencyId, action.amId);
  if (!mayTickAction(member, action, person.managerId)) throw notFound("That action");
  const doneAt = input.done ? (action.doneAt ?? new Date()) : null;
  await tx.oneOnOneAction.update({ where: { agencyId_id: { agencyId, id: action.id } }, data: { doneAt } });
  await audit(
    fieldChange(
      input.done ? "people.one_on_one_action_done" : "people.one_on_one_action_reopened",
      "OneOnOneAction",
      action.id,
      { done: [action.doneAt !== null, input.done] },
    ),
  );
  return { actionId: action.id, done: input.done };
}
