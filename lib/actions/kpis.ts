"use server";

import { defineAction } from "@/lib/actions/define-action";
import { PORTFOLIO_PAGES, revalidatePages } from "@/lib/actions/revalidate";
import {
  archiveKpi as archive,
  createKpi as create,
  deleteMeasurement as deleteReading,
  editKpi as edit,
  recordMeasurement as record,
} from "@/lib/domain/kpis/mutations";
import {
  archiveKpiSchema,
  createKpiSchema,
  deleteMeasurementSchema,
  editKpiSchema,
  recordMeasurementSchema,
} from "@/lib/domain/kpis/schemas";

/**
 * KPI actions. The wrapper's gate is "agency:read" because the right depends on the KPI: leaders hold "kpis:write"
 * (any KPI), AMs "kpis:write:own" (their accounts' KPIs, and readings of their own member KPIs). The mutation checks
 * which applies on the loaded row and refuses with `forbidden` (audited by the wrapper); see lib/domain/kpis/access.ts.
 */
export const createKpi = defineAction({
  name: "kpis.create",
  schema: createKpiSchema,
  permission: "agency:read",
  run: async (ctx) => {
    const result = await create(ctx);
    await revalidatePages(ctx.member.agencySlug, [...PORTFOLIO_PAGES, "/accounts/[accountId]"]);
    return result;
  },
});

export const editKpi = defineAction({
  name: "kpis.edit",
  schema: editKpiSchema,
  permission: "agency:read",
  run: async (ctx) => {
    const result = await edit(ctx);
    await revalidatePages(ctx.member.agencySlug, [...PORTFOLIO_PAGES, "/accounts/[accountId]"]);
    return result;
  },
});

export const archiveKpi = defineAction({
  name: "kpis.archive",
  schema: archiveKpiSchema,
  permission: "agency:read",
  run: async (ctx) => {
    const result = await archive(ctx);
    await revalidatePages(ctx.member.agencySlug, [...PORTFOLIO_PAGES, "/accounts/[accountId]"]);
    return result;
  },
});

export const recordMeasurement = defineAction({
  name: "kpis.recordMeasurement",
  schema: recordMeasurementSchema,
  permission: "agency:read",
  run: async (ctx) => {
    const result = await record(ctx);
    await revalidatePages(ctx.member.agencySlug, [...PORTFOLIO_PAGES, "/accounts/[accountId]"]);
    return result;
  },
});

export const deleteMeasurement = defineAction({
  name: "kpis.deleteMeasurement",
  schema: deleteMeasurementSchema,
  permission: "agency:read",
  run: async (ctx) => {
    const result = await deleteReading(ctx);
    await revalidatePages(ctx.member.agencySlug, [...PORTFOLIO_PAGES, "/accounts/[accountId]"]);
    return result;
  },
});
