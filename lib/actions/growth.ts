"use server";

import { defineAction } from "@/lib/actions/define-action";
import { revalidateAgency } from "@/lib/actions/revalidate";
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
  revalidate: revalidateAgency,
});

export const editPlan = defineAction({
  name: "growth.editPlan",
  schema: editPlanSchema,
  permission: WRITE.growth,
  run: growth.editPlan,
  revalidate: revalidateAgency,
});

export const changePlanStatus = defineAction({
  name: "growth.changePlanStatus",
  schema: changePlanStatusSchema,
  permission: WRITE.growth,
  run: growth.changePlanStatus,
  revalidate: revalidateAgency,
});

export const createOpportunity = defineAction({
  name: "growth.createOpportunity",
  schema: createOpportunitySchema,
  permission: WRITE.growth,
  run: growth.createOpportunity,
  revalidate: revalidateAgency,
});

export const editOpportunity = defineAction({
  name: "growth.editOpportunity",
  schema: editOpportunitySchema,
  permission: WRITE.growth,
  run: growth.editOpportunity,
  revalidate: revalidateAgency,
});

export const moveOpportunity = defineAction({
  name: "growth.moveOpportunity",
  schema: moveOpportunitySchema,
  permission: WRITE.growth,
  run: growth.moveOpportunity,
  revalidate: revalidateAgency,
});

export const createGrowthAction = defineAction({
  name: "growth.createAction",
  schema: createGrowthActionSchema,
  permission: WRITE.growth,
  run: growth.createGrowthAction,
  revalidate: revalidateAgency,
});

export const editGrowthAction = defineAction({
  name: "growth.editAction",
  schema: editGrowthActionSchema,
  permission: WRITE.growth,
  run: growth.editGrowthAction,
  revalidate: revalidateAgency,
});

export const setGrowthActionDone = defineAction({
  name: "growth.setActionDone",
  schema: setGrowthActionDoneSchema,
  permission: WRITE.growth,
  run: growth.setGrowthActionDone,
  revalidate: revalidateAgency,
});
