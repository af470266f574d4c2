import { PLAN_STATUS } from "@/components/growth/plan-summary";
import { PIPELINE_STAGE_LABEL } from "@/components/portfolio/labels";
import { PLAN_STATUSES, type PlanStatusValue, type StageValue } from "@/lib/domain/growth/schemas";

/** The words of the plan status badges, for the status choices (one list of labels, so a choice reads as its badge). */
export const PLAN_STATUS_LABEL = Object.fromEntries(PLAN_STATUSES.map((s) => [s, PLAN_STATUS[s][0]])) as Record<
  PlanStatusValue,
  string
>;

/** The pipeline's stage names, as the portfolio's charts write them. */
export const STAGE_LABEL: Record<StageValue, string> = PIPELINE_STAGE_LABEL;
