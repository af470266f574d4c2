"use server";

import { actionGroup } from "@/lib/actions/define-action";
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
const kpiAction = actionGroup("kpis", {
  permission: WRITE.kpis,
  revalidate: [...PORTFOLIO_PAGES, "/accounts/[accountId]"],
});

export const createKpi = kpiAction("create", createKpiSchema, create);
export const editKpi = kpiAction("edit", editKpiSchema, edit);
export const archiveKpi = kpiAction("archive", archiveKpiSchema, archive);
export const recordMeasurement = kpiAction("recordMeasurement", recordMeasurementSchema, record);
export const deleteMeasurement = kpiAction("deleteMeasurement", deleteMeasurementSchema, deleteReading);
