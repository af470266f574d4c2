import type { ActionEntry } from "./action-registry";
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

export const GROWTH_ACTIONS: Record<string, ActionEntry> = {
  "lib/actions/kpis#createKpi": {
    call: "member",
    valid: (t) => ({ accountId: t.ids.account, ...definition }),
    foreignIds: ({ b }) => [
      { accountId: b.ids.account, ...definition },
      { membershipId: b.ids.am, ...definition },
    ],
    freeText: ["name", "unit"],
  },
  "lib/actions/kpis#editKpi": {
    call: "member",
    valid: (t) => ({ kpiId: t.ids.kpi, ...definition, target: "60" }),
    foreignIds: ({ b }) => [{ kpiId: b.ids.kpi, ...definition }],
    freeText: ["name", "unit"],
  },
  "lib/actions/kpis#archiveKpi": {
    call: "member",
    valid: (t) => ({ kpiId: t.ids.kpi }),
    foreignIds: ({ b }) => [{ kpiId: b.ids.kpi }],
  },
  "lib/actions/kpis#recordMeasurement": {
    call: "member",
    valid: reading,
    foreignIds: ({ a, b }) => [{ ...reading(a), kpiId: b.ids.kpi }],
    freeText: ["note"],
  },
  "lib/actions/kpis#deleteMeasurement": {
    call: "member",
    valid: (t) => ({ measurementId: t.ids.measurement }),
    foreignIds: ({ b }) => [{ measurementId: b.ids.measurement }],
  },
  "lib/actions/growth#createPlan": {
    call: "member",
    valid: (t) => ({ accountId: t.ids.account, ...planFields, status: "DRAFT" }),
    foreignIds: ({ b }) => [{ accountId: b.ids.account, ...planFields }],
    freeText: ["objective"],
  },
  "lib/actions/growth#editPlan": {
    call: "member",
    valid: (t) => ({ planId: t.ids.plan, ...planFields }),
    foreignIds: ({ b }) => [{ planId: b.ids.plan, ...planFields }],
    freeText: ["objective"],
  },
  "lib/actions/growth#changePlanStatus": {
    call: "member",
    valid: (t) => ({ planId: t.ids.plan, status: "ACTIVE" }),
    foreignIds: ({ b }) => [{ planId: b.ids.plan, status: "ABANDONED" }],
  },
  "lib/actions/growth#createOpportunity": {
    call: "member",
    valid: (t) => ({ planId: t.ids.plan, ...opportunityFields, stage: "QUALIFIED" }),
    foreignIds: ({ b }) => [{ planId: b.ids.plan, ...opportunityFields }],
    freeText: ["serviceLine"],
  },
  "lib/actions/growth#editOpportunity": {
    call: "member",
    valid: (t) => ({ opportunityId: t.ids.opportunity, ...opportunityFields }),
    foreignIds: ({ b }) => [{ opportunityId: b.ids.opportunity, ...opportunityFields }],
    freeText: ["serviceLine"],
  },
  "lib/actions/growth#moveOpportunity": {
    call: "member",
    valid: (t) => ({ opportunityId: t.ids.opportunity, stage: "PROPOSED" }),
    foreignIds: ({ b }) => [{ opportunityId: b.ids.opportunity, stage: "WON" }],
  },
  "lib/actions/growth#createGrowthAction": {
    call: "member",
    valid: newAction,
    foreignIds: ({ a, b }) => [
      { ...newAction(a), planId: b.ids.plan },
      { ...newAction(a), ownerId: b.ids.am },
    ],
    freeText: ["title"],
  },
  "lib/actions/growth#editGrowthAction": {
    call: "member",
    valid: actionEdit,
    foreignIds: ({ a, b }) => [
      { ...actionEdit(a), actionId: b.ids.growthAction, ownerId: b.ids.am },
      { ...actionEdit(a), ownerId: b.ids.am },
    ],
    freeText: ["title"],
  },
  "lib/actions/growth#setGrowthActionDone": {
    call: "member",
    valid: (t) => ({ actionId: t.ids.growthAction, done: true }),
    foreignIds: ({ b }) => [
      { actionId: b.ids.growthAction, done: true },
      { actionId: b.ids.growthAction, done: false },
    ],
  },
};
