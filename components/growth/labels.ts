import type { PlanStatusValue, StageValue } from "@/lib/domain/growth/schemas";

export const PLAN_STATUS_LABEL: Record<PlanStatusValue, string> = {
  DRAFT: "Draft",
  ACTIVE: "Active",
  ACHIEVED: "Achieved",
  ABANDONED: "Abandoned",
};

export const STAGE_LABEL: Record<StageValue, string> = {
  IDEA: "Idea",
  QUALIFIED: "Qualified",
  PROPOSED: "Proposed",
  WON: "Won",
  LOST: "Lost",
};
