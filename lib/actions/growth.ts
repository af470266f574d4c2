"use server";

import { defineAction } from "@/lib/actions/define-action";
import { revalidatePages } from "@/lib/actions/revalidate";
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
 * Growth plan, opportunity and action writes. The wrapper's gate is "agency:read" because the right depends on the
 * plan's account: leaders hold "growth:write" (any account), AMs "growth:write:own" (accounts they own). The mutation
 * checks which applies on the loaded row and refuses with `forbidden` (audited by the wrapper).
 */
export const createPlan = defineAction({
  name: "growth.createPlan",
  schema: createPlanSchema,
  permission: "agency:read",
  run: async (ctx) => {
    const result = await growth.createPlan(ctx);
    await revalidatePages(ctx.member.agencySlug, ["/portfolio", "/accounts/[accountId]"]);
    return result;
  },
});

export const editPlan = defineAction({
  name: "growth.editPlan",
  schema: editPlanSchema,
  permission: "agency:read",
  run: async (ctx) => {
    const result = await growth.editPlan(ctx);
    await revalidatePages(ctx.member.agencySlug, ["/portfolio", "/accounts/[accountId]"]);
    return result;
  },
});

export const changePlanStatus = defineAction({
  name: "growth.changePlanStatus",
  schema: changePlanStatusSchema,
  permission: "agency:read",
  run: async (ctx) => {
    const result = await growth.changePlanStatus(ctx);
    await revalidatePages(ctx.member.agencySlug, ["/portfolio", "/accounts/[accountId]"]);
    return result;
  },
});

export const createOpportunity = defineAction({
  name: "growth.createOpportunity",
  schema: createOpportunitySchema,
  permission: "agency:read",
  run: async (ctx) => {
    const result = await growth.createOpportunity(ctx);
    await revalidatePages(ctx.member.agencySlug, ["/portfolio", "/accounts/[accountId]"]);
    return result;
  },
});

export const editOpportunity = defineAction({
  name: "growth.editOpportunity",
  schema: editOpportunitySchema,
  permission: "agency:read",
  run: async (ctx) => {
    const result = await growth.editOpportunity(ctx);
    await revalidatePages(ctx.member.agencySlug, ["/portfolio", "/accounts/[accountId]"]);
    return result;
  },
});

export const moveOpportunity = defineAction({
  name: "growth.moveOpportunity",
  schema: moveOpportunitySchema,
  permission: "agency:read",
  run: async (ctx) => {
    const result = await growth.moveOpportunity(ctx);
    await revalidatePages(ctx.member.agencySlug, ["/portfolio", "/accounts/[accountId]"]);
    return result;
  },
});

export const createGrowthAction = defineAction({
  name: "growth.createAction",
  schema: createGrowthActionSchema,
  permission: "agency:read",
  run: async (ctx) => {
    const result = await growth.createGrowthAction(ctx);
    await revalidatePages(ctx.member.agencySlug, ["/portfolio", "/accounts/[accountId]"]);
    return result;
  },
});

export const editGrowthAction = defineAction({
  name: "growth.editAction",
  schema: editGrowthActionSchema,
  permission: "agency:read",
  run: async (ctx) => {
    const result = await growth.editGrowthAction(ctx);
    await revalidatePages(ctx.member.agencySlug, ["/portfolio", "/accounts/[accountId]"]);
    return result;
  },
});

export const setGrowthActionDone = defineAction({
  name: "growth.setActionDone",
  schema: setGrowthActionDoneSchema,
  permission: "agency:read",
  run: async (ctx) => {
    const result = await growth.setGrowthActionDone(ctx);
    await revalidatePages(ctx.member.agencySlug, ["/portfolio", "/accounts/[accountId]"]);
    return result;
  },
});
