import { z } from "zod";
import { decimal, yearsFromToday } from "@/lib/domain/form-fields";
import { day, id, optionalDay, text } from "@/lib/domain/kpis/fields";

export const PLAN_STATUSES = ["DRAFT", "ACTIVE", "ACHIEVED", "ABANDONED"] as const;
export type PlanStatusValue = (typeof PLAN_STATUSES)[number];
export const OPPORTUNITY_STAGES = ["IDEA", "QUALIFIED", "PROPOSED", "WON", "LOST"] as const;
export type StageValue = (typeof OPPORTUNITY_STAGES)[number];

/** Column limits (prisma/schema.prisma) and how far ahead a plan may reach. */
export const GROWTH_LIMITS = {
  objectiveMax: 500,
  serviceLineMax: 120,
  titleMax: 200,
  /** Decimal(12, 2). */
  moneyMax: 9_999_999_999.99,
  /** Plans, closes and due dates: at most five years ahead. */
  yearsAhead: 5,
} as const;

const latest = () => yearsFromToday(GROWTH_LIMITS.yearsAhead);
const tooLate = `Keep it within ${GROWTH_LIMITS.yearsAhead} years from today.`;
const money = (label: string) => decimal(label, { max: GROWTH_LIMITS.moneyMax, allowNegative: false });

const planFields = {
  objective: text("objective", GROWTH_LIMITS.objectiveMax),
  periodStart: day("start of the period", latest, tooLate),
  periodEnd: day("end of the period", latest, tooLate),
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
  .object({ accountId: id("Unknown account."), ...planFields, status: planStatus.default("DRAFT") })
  .superRefine(periodInOrder);
export const editPlanSchema = z.object({ planId: id(), ...planFields }).superRefine(periodInOrder);
export const changePlanStatusSchema = z.object({ planId: id(), status: planStatus });

const opportunityFields = {
  serviceLine: text("service line", GROWTH_LIMITS.serviceLineMax),
  estimatedMonthlyValue: money("estimated monthly value"),
  expectedClose: optionalDay("expected close", latest, tooLate),
};

export const createOpportunitySchema = z.object({ planId: id(), ...opportunityFields, stage: stage.default("IDEA") });
export const editOpportunitySchema = z.object({ opportunityId: id(), ...opportunityFields });
export const moveOpportunitySchema = z.object({ opportunityId: id(), stage });

const actionFields = {
  title: text("action", GROWTH_LIMITS.titleMax),
  ownerId: id("Choose an owner."),
  dueDate: optionalDay("due date", latest, tooLate),
};

export const createGrowthActionSchema = z.object({ planId: id(), ...actionFields });
export const editGrowthActionSchema = z.object({ actionId: id(), ...actionFields });
export const setGrowthActionDoneSchema = z.object({
  actionId: id(),
  done: z.boolean({ message: "Say whether the action is done." }),
});
