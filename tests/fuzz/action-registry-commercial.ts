import type { ActionEntry } from "./action-registry";
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
const timesheet = (t: Tenant) => ({ text: sheetFor(t.clientName), fileName: "timesheet.csv", dateFormat: "ISO" });
const timesheetEntry = (refused?: ActionEntry["refused"]): ActionEntry => ({
  call: "member",
  valid: timesheet,
  // Another agency's client is an unknown name here: the file names no row by id.
  foreignIds: ({ a, b }) => [{ ...timesheet(a), text: sheetFor(b.clientName) }],
  freeText: ["fileName", "text"],
  textCases: 50,
  refused,
});

const requestsFor = (clientName: string) =>
  `asked_on,client,summary,estimate_hours,decision\n2026-11-03,${clientName},Two extra banner sizes,3,absorbed`;
const requestFile = (t: Tenant) => ({ text: requestsFor(t.clientName), fileName: "requests.csv", dateFormat: "ISO" });
const requestImportEntry = (refused?: ActionEntry["refused"]): ActionEntry => ({
  call: "member",
  valid: requestFile,
  foreignIds: ({ a, b }) => [{ ...requestFile(a), text: requestsFor(b.clientName) }],
  freeText: ["fileName", "text"],
  textCases: 50,
  refused,
});
const previewRefused: ActionEntry["refused"] = (result) => {
  const r = result as { ok: boolean; data?: { errorCount: number } };
  return !r.ok || (r.data?.errorCount ?? 0) > 0;
};

export const COMMERCIAL_ACTIONS: Record<string, ActionEntry> = {
  "lib/actions/commercial#setRetainerScope": {
    call: "member",
    valid: scope,
    foreignIds: ({ b }) => [scope(b)],
  },
  "lib/actions/commercial#recordHours": {
    call: "member",
    valid: hours,
    foreignIds: ({ b }) => [hours(b)],
  },
  "lib/actions/commercial#logScopeRequest": {
    call: "member",
    valid: request,
    foreignIds: ({ a, b }) => [request(b), { ...request(a), contactId: b.ids.contact }],
    freeText: ["summary"],
  },
  "lib/actions/commercial#linkValueChange": {
    call: "member",
    valid: (t) => ({ valueChangeId: t.ids.valueChange, opportunityId: null }),
    foreignIds: ({ a, b }) => [
      { valueChangeId: b.ids.valueChange, opportunityId: null },
      { valueChangeId: a.ids.valueChange, opportunityId: b.ids.opportunity },
    ],
  },
  "lib/actions/commercial#moveLead": {
    call: "member",
    valid: (t) => ({ leadId: t.ids.lead, stage: "QUALIFIED" }),
    foreignIds: ({ b }) => [{ leadId: b.ids.lead, stage: "QUALIFIED" }],
  },
  "lib/actions/commercial#markContactLeft": {
    call: "member",
    valid: left,
    foreignIds: ({ b }) => [left(b)],
    freeText: ["newCompany", "newRole"],
  },
  // The preview reads only: a file naming another agency's client comes back as a preview full of row errors.
  "lib/actions/commercial#previewTimesheets": timesheetEntry(previewRefused),
  "lib/actions/commercial#commitTimesheets": timesheetEntry(),
  // The same for scope requests: rows name clients (and contacts) by name, never by id.
  "lib/actions/commercial#previewScopeRequests": requestImportEntry(previewRefused),
  "lib/actions/commercial#commitScopeRequests": requestImportEntry(),
};
