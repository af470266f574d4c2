"use server";

import { actionGroup } from "@/lib/actions/define-action";
import { WRITE } from "@/lib/auth/permissions";
import * as growth from "@/lib/domain/growth/mutations";
import {
  changePlanStatusSchema,
  createGrowthActionSchema,
  createOpportunitySchema,
  createPlanSchema,
  editGrowthActionSchema,
  editOpportunitySchema,
  editPlanSchema,
  moveOpportunitySchema,
  setGrowthActionDoneSchema,
} from "@/lib/domain/growth/schemas";

/**
 * Growth plan, opportunity and action writes: any or own (leaders on any account, AMs on accounts they own); the
 * mutation asks mayWriteGrowth (lib/domain/growth/access.ts) on the loaded row, as the account page does.
 */
const growthAction = actionGroup("growth", {
  permission: WRITE.growth,
  revalidate: ["/portfolio", "/accounts/[accountId]"],
});

export const createPlan = growthAction("createPlan", createPlanSchema, growth.createPlan);
export const editPlan = growthAction("editPlan", editPlanSchema, growth.editPlan);
export const changePlanStatus = growthAction("changePlanStatus", changePlanStatusSchema, growth.changePlanStatus);
export const createOpportunity = growthAction("createOpportunity", createOpportunitySchema, growth.createOpportunity);
export const editOpportunity = growthAction("editOpportunity", editOpportunitySchema, growth.editOpportunity);
export const moveOpportunity = growthAction("moveOpportunity", moveOpportunitySchema, growth.moveOpportunity);
export const createGrowthAction = growthAction("createAction", createGrowthActionSchema, growth.createGrowthAction);
export const editGrowthAction = growthAction("editAction", editGrowthActionSchema, growth.editGrowthAction);
export const setGrowthActionDone = growthAction("setActionDone", setGrowthActionDoneSchema, growth.setGrowthActionDone);
