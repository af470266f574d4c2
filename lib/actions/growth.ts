"use server";

import { defineAction } from "@/lib/actions/define-action";
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
export const createPlan = defineAction({
  name: "growth.createPlan",
  schema: createPlanSchema,
  permission: WRITE.growth,
  run: growth.createPlan,
  revalidate: ["/portfolio", "/accounts/[accountId]"],
});

export const editPlan = defineAction({
  name: "growth.editPlan",
  schema: editPlanSchema,
  permission: WRITE.growth,
  run: growth.editPlan,
  revalidate: ["/portfolio", "/accounts/[accountId]"],
});

export const changePlanStatus = defineAction({
  name: "growth.changePlanStatus",
  schema: changePlanStatusSchema,
  permission: WRITE.growth,
  run: growth.changePlanStatus,
  revalidate: ["/portfolio", "/accounts/[accountId]"],
});

export const createOpportunity = defineAction({
  name: "growth.createOpportunity",
  schema: createOpportunitySchema,
  permission: WRITE.growth,
  run: growth.createOpportunity,
  revalidate: ["/portfolio", "/accounts/[accountId]"],
});

export const editOpportunity = defineAction({
  name: "growth.editOpportunity",
  schema: editOpportunitySchema,
  permission: WRITE.growth,
  run: growth.editOpportunity,
  revalidate: ["/portfolio", "/accounts/[accountId]"],
});

export const moveOpportunity = defineAction({
  name: "growth.moveOpportunity",
  schema: moveOpportunitySchema,
  permission: WRITE.growth,
  run: growth.moveOpportunity,
  revalidate: ["/portfolio", "/accounts/[accountId]"],
});

export const createGrowthAction = defineAction({
  name: "growth.createAction",
  schema: createGrowthActionSchema,
  permission: WRITE.growth,
  run: growth.createGrowthAction,
  revalidate: ["/portfolio", "/accounts/[accountId]"],
});

export const editGrowthAction = defineAction({
  name: "growth.editAction",
  schema: editGrowthActionSchema,
  permission: WRITE.growth,
  run: growth.editGrowthAction,
  revalidate: ["/portfolio", "/accounts/[accountId]"],
});

export const setGrowthActionDone = defineAction({
  name: "growth.setActionDone",
  schema: setGrowthActionDoneSchema,
  permission: WRITE.growth,
  run: growth.setGrowthActionDone,
  revalidate: ["/portfolio", "/accounts/[accountId]"],
});
