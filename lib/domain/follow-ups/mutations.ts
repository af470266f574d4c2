import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError, INVALID_INPUT_MESSAGE, forbidden, notFound } from "@/lib/actions/result";
import { fieldChange } from "@/lib/audit/record";
import type { TenantTx } from "@/lib/db/tenant";
import { mayCreateFollowUpOn, mayManageFollowUp } from "./access";
import { notifyAssigned } from "./notify-assigned";
import { effectiveRules } from "./rules";
import type {
  CloseFollowUpInput,
  CreateFollowUpInput,
  ReassignFollowUpInput,
  UpdateFollowUpRuleInput,
} from "./schemas";

/**
 * Follow-up writes by people: a manual follow-up on an account, closing one with an outcome, reassigning one, and a
 * leader's change to a rule. Each finds its row by (agencyId, id), asks access.ts, writes and audits in the action's
 * transaction. Signal follow-ups are made and resolved by the sync (sync.ts).
 */
type Member = ActionContext<unknown>["member"];

async function activeMember(tx: TenantTx, agencyId: string, membershipId: string, field: string) {
  const found = await tx.membership.findFirst({
    where: { agencyId, id: membershipId, active: true },
    select: { id: true },
  });
  if (!found) {
    throw new ActionError("invalid", INVALID_INPUT_MESSAGE, { [field]: ["Choose an active member of this agency."] });
  }
}

export async function createFollowUp({ input, member, tx, audit }: ActionContext<CreateFollowUpInput>) {
  const { agencyId } = member;
  const account = await tx.account.findFirst({
    where: { agencyId, id: input.accountId, archivedAt: null },
    select: { id: true, amId: true },
  });
  if (!account) throw notFound("That account");
  if (!mayCreateFollowUpOn(member, account.amId))
    throw forbidden("You can add follow-ups only on accounts you manage.");
  const assigneeId = input.assigneeId ?? account.amId;
  if (input.assigneeId) await activeMember(tx, agencyId, input.assigneeId, "assigneeId");
  const row = await tx.followUp.create({
    data: {
      agencyId,
      accountId: account.id,
      assigneeId,
      title: input.title,
      reason: input.reason,
      dueDate: new Date(`${input.dueDate}T00:00:00.000Z`),
      createdById: member.user.id,
    },
    select: { id: true },
  });
  await audit({
    action: "followUp.created",
    entityType: "FollowUp",
    entityId: row.id,
    after: { accountId: account.id, assigneeId, title: input.title, dueDate: input.dueDate, source: "manual" },
  });
  await notifyAssigned(tx, agencyId, [{ id: row.id, assigneeId, title: input.title, reason: input.reason }], {
    userId: member.user.id,
  });
  return { followUpId: row.id, accountId: account.id };
}

async function manageable(tx: TenantTx, member: Member, followUpId: string) {
  const row = await tx.followUp.findFirst({
    where: { agencyId: member.agencyId, id: followUpId },
    select: { id: true, status: true, assigneeId: true, accountId: true, account: { select: { amId: true } } },
  });
  if (!row) throw notFound("That follow-up");
  if (!mayManageFollowUp(member, { assigneeId: row.assigneeId, accountAmId: row.account?.amId ?? null })) {
    throw forbidden("You can change only your own follow-ups and those on accounts you manage.");
  }
  return row;
}

export async function closeFollowUp({ input, member, tx, audit }: ActionContext<CloseFollowUpInput>) {
  const row = await manageable(tx, member, input.followUpId);
  // Only an open one closes; a second click (or a sync that resolved it meanwhile) is refused, not repeated.
  const updated = await tx.followUp.updateMany({
    where: { agencyId: member.agencyId, id: row.id, status: "OPEN" },
    data: { status: "DONE", outcome: input.outcome, closedAt: new Date(), closedById: member.user.id },
  });
  if (updated.count === 0) throw new ActionError("conflict", "That follow-up is already closed.");
  await audit({
    action: "followUp.closed",
    entityType: "FollowUp",
    entityId: row.id,
    before: { status: "OPEN" },
    after: { status: "DONE", outcome: input.outcome },
  });
  return { followUpId: row.id, accountId: row.accountId };
}

export async function reassignFollowUp({ input, member, tx, audit }: ActionContext<ReassignFollowUpInput>) {
  const row = await manageable(tx, member, input.followUpId);
  if (row.status !== "OPEN") throw new ActionError("conflict", "A closed follow-up cannot be reassigned.");
  await activeMember(tx, member.agencyId, input.assigneeId, "assigneeId");
  await tx.followUp.updateMany({
    where: { agencyId: member.agencyId, id: row.id },
    data: { assigneeId: input.assigneeId },
  });
  await audit(
    fieldChange("followUp.reassigned", "FollowUp", row.id, { assigneeId: [row.assigneeId, input.assigneeId] }),
  );
  return { followUpId: row.id, accountId: row.accountId };
}

export async function updateFollowUpRule({ input, member, tx, audit }: ActionContext<UpdateFollowUpRuleInput>) {
  const { agencyId } = member;
  const stored = await tx.followUpRule.findMany({
    where: { agencyId, signalType: input.signalType },
    select: { signalType: true, enabled: true, assignee: true, dueInDays: true },
  });
  const before = effectiveRules(stored).find((r) => r.signalType === input.signalType)!;
  const data = { enabled: input.enabled, assignee: input.assignee, dueInDays: input.dueInDays };
  await tx.followUpRule.upsert({
    where: { agencyId_signalType: { agencyId, signalType: input.signalType } },
    create: { agencyId, signalType: input.signalType, ...data },
    update: data,
    select: { signalType: true },
  });
  await audit({
    action: "followUpRule.updated",
    entityType: "FollowUpRule",
    entityId: input.signalType,
    before: { enabled: before.enabled, assignee: before.assignee, dueInDays: before.dueInDays },
    after: data,
  });
  return { signalType: input.signalType };
}
