import type { ActionEntry } from "./action-registry";
import { csvImportAction, memberAction, previewRefused, rowAction } from "./action-entries";
import type { Tenant } from "./fixtures";

/** Registry entries (format: action-registry.ts) of the commercial-health actions (issue 16). */
const scope = (t: Tenant) => ({ accountId: t.ids.account, monthlyHours: "40", monthlyFee: "4000", blendedRate: "" });
const hours = (t: Tenant) => ({ accountId: t.ids.account, month: "2026-11", hours: "12.5" });
const request = (t: Tenant) => ({
  accountId: t.ids.account,
  askedOn: "2026-11-12",
  contactId: t.ids.contact,
  summary: "Two extra banner sizes",
  estimateHours: "3",
  decision: "ABSORBED",
});
const left = (t: Tenant) => ({
  contactId: t.ids.contact,
  leftOn: "2026-11-01",
  newCompany: "Northwind Labs",
  newRole: "CMO",
});
const sheetFor = (clientName: string) => `date,person,client,project,hours\n2026-11-03,Ann,${clientName},Social,3.5`;
const requestsFor = (clientName: string) =>
  `asked_on,client,summary,estimate_hours,decision\n2026-11-03,${clientName},Two extra banner sizes,3,absorbed`;
const timesheetEntry = (refused?: ActionEntry["refused"]) =>
  csvImportAction("timesheet.csv", (t) => sheetFor(t.clientName), refused);
const requestImportEntry = (refused?: ActionEntry["refused"]) =>
  csvImportAction("requests.csv", (t) => requestsFor(t.clientName), refused);

export const COMMERCIAL_ACTIONS: Record<string, ActionEntry> = {
  "lib/actions/commercial#setRetainerScope": memberAction(scope, ({ b }) => [scope(b)]),
  "lib/actions/commercial#recordHours": memberAction(hours, ({ b }) => [hours(b)]),
  "lib/actions/commercial#logScopeRequest": memberAction(
    request,
    ({ a, b }) => [request(b), { ...request(a), contactId: b.ids.contact }],
    { freeText: ["summary"] },
  ),
  "lib/actions/commercial#linkValueChange": memberAction(
    (t) => ({ valueChangeId: t.ids.valueChange, opportunityId: null }),
    ({ a, b }) => [
      { valueChangeId: b.ids.valueChange, opportunityId: null },
      { valueChangeId: a.ids.valueChange, opportunityId: b.ids.opportunity },
    ],
  ),
  "lib/actions/commercial#moveLead": rowAction("leadId", "lead", { stage: "QUALIFIED" }),
  "lib/actions/commercial#markContactLeft": memberAction(left, ({ b }) => [left(b)], {
    freeText: ["newCompany", "newRole"],
  }),
  // The preview reads only: a file naming another agency's client comes back as a preview full of row errors.
  "lib/actions/commercial#previewTimesheets": timesheetEntry(previewRefused),
  "lib/actions/commercial#commitTimesheets": timesheetEntry(),
  // The same for scope requests: rows name clients (and contacts) by name, never by id.
  "lib/actions/commercial#previewScopeRequests": requestImportEntry(previewRefused),
  "lib/actions/commercial#commitScopeRequests": requestImportEntry(),
};
