import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError, INVALID_INPUT_MESSAGE, forbidden, notFound } from "@/lib/actions/result";
import { fieldChange } from "@/lib/audit/record";
import type { TenantTx } from "@/lib/db/tenant";
import type { Ctx } from "@/lib/domain/action-context";
import { mayWriteGrowth } from "./access";

type Member = ActionContext<unknown>["member"];

/**
 * Growth writes: plans, their opportunities and actions, each in the action's tenant transaction with its audit event.
 * Every row is found by (agencyId, id) and traced to its plan's account, whose owner decides who may write (access.ts);
 * plans of archived accounts are frozen. Plan status changes feed the "No growth plan" signal directly: the portfolio
 * reads whether an ACTIVE plan exists on every load.
 */

const toDate = (day: string | undefined) => (day ? new Date(`${day}T00:00:00.000Z`) : null);

/** A row of a plan, if it was found and its plan is writable by the member; otherwise not found / forbidden. */
async function ofWritablePlan<Row extends { growthPlanId: string }>(
  tx: TenantTx,
  member: Member,
  label: string,
  row: Row | null,
): Promise<Row> {
  if (!row) throw notFound(label);
  await writablePlan(tx, member, row.growthPlanId);
  return row;
}

/** A new row of the plan: its fields, in the member's agency. */
const inPlan = <Data extends object>(member: Member, planId: string, data: Data) => ({
  agencyId: member.agencyId,
  growthPlanId: planId,
  ...data,
});
/** The event of a row added under a plan: what it was created with. */
const addedToPlan = (action: string, entityType: string, entityId: string, planId: string, data: object) => ({
  action,
  entityType,
  entityId,
  after: { growthPlanId: planId, ...data },
});

/** The plan if it is in this agency on a live account the member may write to; otherwise not found / forbidden. */
async function writablePlan(tx: TenantTx, member: Member, planId: string) {
  const plan = await tx.growthPlan.findFirst({
    where: { agencyId: member.agencyId, id: planId },
    select: {
      id: true,
      accountId: true,
      objective: true,
      periodStart: true,
      periodEnd: true,
      targetRevenue: true,
      status: true,
      account: { select: { amId: true, archivedAt: true } },
    },
  });
  if (!plan || plan.account.archivedAt) throw notFound("That growth plan");
  if (!mayWriteGrowth(member, plan.account.amId)) {
    throw forbidden("You can change growth plans only on accounts you manage.");
  }
  return plan;
}

async function writableOpportunity(tx: TenantTx, member: Member, opportunityId: string) {
  const opportunity = await tx.opportunity.findFirst({
    where: { agencyId: member.agencyId, id: opportunityId },
    select: {
      id: true,
      growthPlanId: true,
      serviceLine: true,
      estimatedMonthlyValue: true,
      stage: true,
      expectedClose: true,
    },
  });
  return ofWritablePlan(tx, member, "That opportunity", opportunity);
}

async function writableAction(tx: TenantTx, member: Member, actionId: string) {
  const action = await tx.growthAction.findFirst({
    where: { agencyId: member.agencyId, id: actionId },
    select: { id: true, growthPlanId: true, title: true, ownerId: true, dueDate: true, done: true, doneAt: true },
  });
  return ofWritablePlan(tx, member, "That action", action);
}

const planState = (p: {
  objective: string;
  periodStart: Date;
  periodEnd: Date;
  targetRevenue: { toFixed(n: number): string };
  status: string;
}) => ({
  objective: p.objective,
  periodStart: p.periodStart,
  periodEnd: p.periodEnd,
  targetRevenue: p.targetRevenue.toFixed(2),
  status: p.status,
});

async function assertActiveMember(tx: TenantTx, agencyId: string, ownerId: string) {
  const owner = await tx.membership.findFirst({ where: { agencyId, id: ownerId, active: true }, select: { id: true } });
  if (!owner) {
    throw new ActionError("invalid", INVALID_INPUT_MESSAGE, { ownerId: ["Choose an active member of the agency."] });
  }
}

export async function createPlan({ input, member, tx, audit }: Ctx<"createPlanSchema">) {
  const { agencyId } = member;
  const account = await tx.account.findFirst({
    where: { agencyId, id: input.accountId, archivedAt: null },
    select: { id: true, amId: true },
  });
  if (!account) throw notFound("That account");
  if (!mayWriteGrowth(member, account.amId)) throw forbidden("You can add growth plans only on accounts you manage.");
  const data = {
    objective: input.objective,
    periodStart: toDate(input.periodStart)!,
    periodEnd: toDate(input.periodEnd)!,
    targetRevenue: input.targetRevenue,
    status: input.status,
  };
  const plan = await tx.growthPlan.create({ data: { agencyId, accountId: account.id, ...data }, select: { id: true } });
  await audit({
    action: "growthPlan.created",
    entityType: "GrowthPlan",
    entityId: plan.id,
    after: { accountId: account.id, ...data },
  });
  return { planId: plan.id };
}

export async function editPlan({ input, member, tx, audit }: Ctx<"editPlanSchema">) {
  const plan = await writablePlan(tx, member, input.planId);
  const data = {
    objective: input.objective,
    periodStart: toDate(input.periodStart)!,
    periodEnd: toDate(input.periodEnd)!,
    targetRevenue: input.targetRevenue,
  };
  await tx.growthPlan.updateMany({ where: { agencyId: member.agencyId, id: plan.id }, data });
  await audit({
    action: "growthPlan.edited",
    entityType: "GrowthPlan",
    entityId: plan.id,
    before: planState(plan),
    after: data,
  });
  return { planId: plan.id };
}

export async function changePlanStatus({ input, member, tx, audit }: Ctx<"changePlanStatusSchema">) {
  const plan = await writablePlan(tx, member, input.planId);
  if (plan.status === input.status) return { planId: plan.id, status: plan.status };
  await tx.growthPlan.updateMany({ where: { agencyId: member.agencyId, id: plan.id }, data: { status: input.status } });
  await audit({
    action: "growthPlan.status_changed",
    entityType: "GrowthPlan",
    entityId: plan.id,
    before: { status: plan.status },
    after: { status: input.status, accountId: plan.accountId },
  });
  return { planId: plan.id, status: input.status };
}

export async function createOpportunity({ input, member, tx, audit }: Ctx<"createOpportunitySchema">) {
  const plan = await writablePlan(tx, member, input.planId);
  const data = {
    serviceLine: input.serviceLine,
    estimatedMonthlyValue: input.estimatedMonthlyValue,
    stage: input.stage,
    expectedClose: toDate(input.expectedClose),
  };
  const opportunity = await tx.opportunity.create({ data: inPlan(member, plan.id, data), select: { id: true } });
  await audit(addedToPlan("opportunity.created", "Opportunity", opportunity.id, plan.id, data));
  return { opportunityId: opportunity.id };
}

export async function editOpportunity({ input, member, tx, audit }: Ctx<"editOpportunitySchema">) {
  const before = await writableOpportunity(tx, member, input.opportunityId);
  const data = {
    serviceLine: input.serviceLine,
    estimatedMonthlyValue: input.estimatedMonthlyValue,
    expectedClose: toDate(input.expectedClose),
  };
  await tx.opportunity.updateMany({ where: { agencyId: member.agencyId, id: before.id }, data });
  await audit({
    action: "opportunity.edited",
    entityType: "Opportunity",
    entityId: before.id,
    before: { ...before, estimatedMonthlyValue: before.estimatedMonthlyValue.toFixed(2) },
    after: data,
  });
  return { opportunityId: before.id };
}

export async function moveOpportunity({ input, member, tx, audit }: Ctx<"moveOpportunitySchema">) {
  const before = await writableOpportunity(tx, member, input.opportunityId);
  if (before.stage === input.stage) return { opportunityId: before.id, stage: before.stage };
  await tx.opportunity.updateMany({
    where: { agencyId: member.agencyId, id: before.id },
    data: { stage: input.stage },
  });
  await audit(
    fieldChange("opportunity.stage_changed", "Opportunity", before.id, { stage: [before.stage, input.stage] }),
  );
  return { opportunityId: before.id, stage: input.stage };
}

export async function createGrowthAction({ input, member, tx, audit }: Ctx<"createGrowthActionSchema">) {
  const plan = await writablePlan(tx, member, input.planId);
  await assertActiveMember(tx, member.agencyId, input.ownerId);
  const data = { title: input.title, ownerId: input.ownerId, dueDate: toDate(input.dueDate) };
  const action = await tx.growthAction.create({ data: inPlan(member, plan.id, data), select: { id: true } });
  await audit(addedToPlan("growthAction.created", "GrowthAction", action.id, plan.id, data));
  return { actionId: action.id };
}

export async function editGrowthAction({ input, member, tx, audit }: Ctx<"editGrowthActionSchema">) {
  const before = await writableAction(tx, member, input.actionId);
  if (input.ownerId !== before.ownerId) await assertActiveMember(tx, member.agencyId, input.ownerId);
  const data = { title: input.title, ownerId: input.ownerId, dueDate: toDate(input.dueDate) };
  await tx.growthAction.updateMany({ where: { agencyId: member.agencyId, id: before.id }, data });
  await audit({ action: "growthAction.edited", entityType: "GrowthAction", entityId: before.id, before, after: data });
  return { actionId: before.id };
}

export async function setGrowthActionDone({ input, member, tx, audit }: Ctx<"setGrowthActionDoneSchema">) {
  const before = await writableAction(tx, member, input.actionId);
  if (before.done === input.done) return { actionId: before.id, done: before.done };
  const doneAt = input.done ? new Date() : null;
  await tx.growthAction.updateMany({
    where: { agencyId: member.agencyId, id: before.id },
    data: { done: input.done, doneAt },
  });
  await audit({
    action: "growthAction.done_changed",
    entityType: "GrowthAction",
    entityId: before.id,
    before: { done: before.done, doneAt: before.doneAt },
    after: { done: input.done, doneAt },
  });
  return { actionId: before.id, done: input.done };
}
