import type { ActionEntry } from "./action-registry";
import { memberAction, rowAction, swapAction } from "./action-entries";
import type { Tenant } from "./fixtures";

/** Registry entries (see action-registry.ts for the format) of the KPI and growth plan actions. */
const definition = {
  name: "Qualified leads",
  unit: "leads",
  target: "50",
  direction: "HIGHER_IS_BETTER",
  cadence: "MONTHLY",
};
const reading = (t: Tenant) => ({ kpiId: t.ids.kpi, value: "42.5", periodStart: "2026-04-15", note: "From the CRM" });
const planFields = {
  objective: "Double paid social",
  periodStart: "2027-01-01",
  periodEnd: "2027-12-31",
  targetRevenue: "80000",
};
const opportunityFields = { serviceLine: "Paid search", estimatedMonthlyValue: "900", expectedClose: "2027-03-31" };
const newAction = (t: Tenant) => ({
  planId: t.ids.plan,
  title: "Book the workshop",
  ownerId: t.ids.am,
  dueDate: "2027-01-15",
});
const actionEdit = (t: Tenant) => ({
  actionId: t.ids.growthAction,
  title: "Book the workshop",
  ownerId: t.ids.secondAm,
  dueDate: "2027-02-01",
});

/** B's plan, or B's AM as the owner, in A's new action. */
const toBsPlanOrOwner = (b: Tenant) => [{ planId: b.ids.plan }, { ownerId: b.ids.am }];
/** B's action, or B's AM as the new owner of A's action. */
const toBsActionOrOwner = (b: Tenant) => [{ actionId: b.ids.growthAction, ownerId: b.ids.am }, { ownerId: b.ids.am }];

export const GROWTH_ACTIONS: Record<string, ActionEntry> = {
  "lib/actions/kpis#createKpi": memberAction(
    (t) => ({ accountId: t.ids.account, ...definition }),
    ({ b }) => [
      { accountId: b.ids.account, ...definition },
      { membershipId: b.ids.am, ...definition },
    ],
    { freeText: ["name", "unit"] },
  ),
  "lib/actions/kpis#editKpi": rowAction("kpiId", "kpi", { ...definition, target: "60" }, [definition], {
    freeText: ["name", "unit"],
  }),
  "lib/actions/kpis#archiveKpi": rowAction("kpiId", "kpi"),
  "lib/actions/kpis#recordMeasurement": swapAction(reading, (b) => [{ kpiId: b.ids.kpi }], {
    freeText: ["note"],
  }),
  "lib/actions/kpis#deleteMeasurement": rowAction("measurementId", "measurement"),
  "lib/actions/growth#createPlan": rowAction("accountId", "account", { ...planFields, status: "DRAFT" }, [planFields], {
    freeText: ["objective"],
  }),
  "lib/actions/growth#editPlan": rowAction("planId", "plan", planFields, [planFields], { freeText: ["objective"] }),
  "lib/actions/growth#changePlanStatus": rowAction("planId", "plan", { status: "ACTIVE" }, [{ status: "ABANDONED" }]),
  "lib/actions/growth#createOpportunity": rowAction(
    "planId",
    "plan",
    { ...opportunityFields, stage: "QUALIFIED" },
    [opportunityFields],
    { freeText: ["serviceLine"] },
  ),
  "lib/actions/growth#editOpportunity": rowAction("opportunityId", "opportunity", opportunityFields, undefined, {
    freeText: ["serviceLine"],
  }),
  "lib/actions/growth#moveOpportunity": rowAction("opportunityId", "opportunity", { stage: "PROPOSED" }, [
    { stage: "WON" },
  ]),
  "lib/actions/growth#createGrowthAction": swapAction(newAction, toBsPlanOrOwner, { freeText: ["title"] }),
  "lib/actions/growth#editGrowthAction": swapAction(actionEdit, toBsActionOrOwner, { freeText: ["title"] }),
  "lib/actions/growth#setGrowthActionDone": rowAction("actionId", "growthAction", { done: true }, [
    { done: true },
    { done: false },
  ]),
};
