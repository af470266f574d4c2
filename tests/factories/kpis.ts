/** A monthly "Leads" KPI on an account, target 100, higher is better: the input of `createKpi` that tests share. */
export function leadsKpiInput(accountId: string) {
  return {
    accountId,
    name: "Leads",
    unit: "leads",
    target: "100",
    direction: "HIGHER_IS_BETTER",
    cadence: "MONTHLY",
  } as const;
}
