import { z } from "zod";
import { dateField, money, optionalDateField, requiredText, uuidField, withinYears } from "@/lib/domain/form-fields";

export const PLAN_STATUSES = ["DRAFT", "ACTIVE", "ACHIEVED", "ABANDONED"] as const;
export type PlanStatusValue = (typeof PLAN_STATUSES)[number];
export const OPPORTUNITY_STAGES = ["IDEA", "QUALIFIED", "PROPOSED", "WON", "LOST"] as const;
export type StageValue = (typeof OPPORTUNITY_STAGES)[number];

/** Column limits (prisma/schema.prisma) and how far ahead a plan may reach. */
export const GROWTH_LIMITS = {
  objectiveMax: 500,
  serviceLineMax: 120,
  titleMax: 200,
  /** Plans, closes and due dates: at most five years ahead. */
  yearsAhead: 5,
} as const;

const withinPlanYears = withinYears(GROWTH_LIMITS.yearsAhead);

const planFields = {
  objective: requiredText("the objective", GROWTH_LIMITS.objectiveMax),
  periodStart: dateField("the start of the period", withinPlanYears),
  periodEnd: dateField("the end of the period", withinPlanYears),
  targetRevenue: money("target revenue"),
};

function periodInOrder(value: { periodStart: string; periodEnd: string }, ctx: z.RefinementCtx) {
  if (value.periodEnd < value.periodStart) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "The period cannot end before it starts." });
  }
}

const planStatus = z.enum(PLAN_STATUSES, { message: "Choose a status." });
const stage = z.enum(OPPORTUNITY_STAGES, { message: "Choose a stage." });

export const createPlanSchema = z
  .object({ accountId: uuidField("Unknown account."), ...planFields, status: planStatus.default("DRAFT") })
  .superRefine(periodInOrder);
export const editPlanSchema = z.object({ planId: uuidField(), ...planFields }).superRefine(periodInOrder);
export const changePlanStatusSchema = z.object({ planId: uuidField(), status: planStatus });

const opportunityFields = {
  serviceLine: requiredText("the service line", GROWTH_LIMITS.serviceLineMax),
  estimatedMonthlyValue: money("estimated monthly value"),
  expectedClose: optionalDateField("the expected close", withinPlanYears),
};

export const createOpportunitySchema = z.object({
  planId: uuidField(),
  ...opportunityFields,
  stage: stage.default("IDEA"),
});
export const editOpportunitySchema = z.object({ opportunityId: uuidField(), ...opportunityFields });
export const moveOpportunitySchema = z.object({ opportunityId: uuidField(), stage });

const actionFields = {
  title: requiredText("the action", GROWTH_LIMITS.titleMax),
  ownerId: uuidField("Choose an owner."),
  dueDate: optionalDateField("the due date", withinPlanYears),
};

export const createGrowthActionSchema = z.object({ planId: uuidField(), ...actionFields });
export const editGrowthActionSchema = z.object({ actionId: uuidField(), ...actionFields });
export const setGrowthActionDoneSchema = z.object({
  actionId: uuidField(),
  done: z.boolean({ message: "Say whether the action is done." }),
});
