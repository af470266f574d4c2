"use server";

import { defineAction } from "@/lib/actions/define-action";
import { PORTFOLIO_PAGES } from "@/lib/actions/revalidate";
import { WRITE } from "@/lib/auth/permissions";
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
 * KPI actions: any or own (leaders any KPI; AMs their accounts' KPIs, and readings of their own member KPIs); the
 * mutation asks lib/domain/kpis/access.ts on the loaded row, as the KPI section does before showing controls.
 */
export const createKpi = defineAction({
  name: "kpis.create",
  schema: createKpiSchema,
  permission: WRITE.kpis,
  run: create,
  revalidate: [...PORTFOLIO_PAGES, "/accounts/[accountId]"],
});

export const editKpi = defineAction({
  name: "kpis.edit",
  schema: editKpiSchema,
  permission: WRITE.kpis,
  run: edit,
  revalidate: [...PORTFOLIO_PAGES, "/accounts/[accountId]"],
});

export const archiveKpi = defineAction({
  name: "kpis.archive",
  schema: archiveKpiSchema,
  permission: WRITE.kpis,
  run: archive,
  revalidate: [...PORTFOLIO_PAGES, "/accounts/[accountId]"],
});

export const recordMeasurement = defineAction({
  name: "kpis.recordMeasurement",
  schema: recordMeasurementSchema,
  permission: WRITE.kpis,
  run: record,
  revalidate: [...PORTFOLIO_PAGES, "/accounts/[accountId]"],
});

export const deleteMeasurement = defineAction({
  name: "kpis.deleteMeasurement",
  schema: deleteMeasurementSchema,
  permission: WRITE.kpis,
  run: deleteReading,
  revalidate: [...PORTFOLIO_PAGES, "/accounts/[accountId]"],
});
