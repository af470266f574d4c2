"use server";

import { actionGroup, defineAction } from "@/lib/actions/define-action";
import { PORTFOLIO_PAGES } from "@/lib/actions/revalidate";
import { WRITE } from "@/lib/auth/permissions";
import { markContactLeft as markLeft } from "@/lib/domain/commercial/contact-left";
import { moveLead as move } from "@/lib/domain/commercial/leads";
import {
  linkValueChange as link,
  logScopeRequest as logRequest,
  recordHours as record,
  setScope as set,
} from "@/lib/domain/commercial/mutations";
import {
  linkValueChangeSchema,
  logScopeRequestSchema,
  markContactLeftSchema,
  moveLeadSchema,
  recordHoursSchema,
  setScopeSchema,
} from "@/lib/domain/commercial/schemas";
import {
  commitTimesheets as commitSheets,
  previewTimesheets as previewSheets,
} from "@/lib/domain/commercial/timesheet-mutations";
import { checkTimesheetFile } from "@/lib/domain/commercial/timesheet-mutations";
import { timesheetInputSchema } from "@/lib/domain/commercial/timesheet-schemas";
import {
  checkScopeImportFile,
  commitScopeImport,
  previewScopeImport,
  scopeImportInputSchema,
} from "@/lib/domain/commercial/scope-import-mutations";

/**
 * Commercial health (issue 16). Scope, hours, scope requests and value-change links: any or own (leaders on any
 * account, AMs on their own; lib/domain/commercial/access.ts). A contact who left: the contacts rule. The timesheet
 * and scope-request imports: leaders ("import:run"), like the other CSV import.
 */
const LOG_PAGES = ["/accounts/[accountId]/scope-requests", "/accounts/[accountId]/value-history"] as const;
const ACCOUNT_PAGES = [...PORTFOLIO_PAGES, "/accounts/[accountId]", ...LOG_PAGES] as const;

const commercialAction = actionGroup("commercial", { permission: WRITE.commercial, revalidate: ACCOUNT_PAGES });

export const setRetainerScope = commercialAction("setScope", setScopeSchema, set);
export const recordHours = commercialAction("recordHours", recordHoursSchema, record);
export const logScopeRequest = commercialAction("logScopeRequest", logScopeRequestSchema, logRequest);
export const linkValueChange = commercialAction("linkValueChange", linkValueChangeSchema, link, {
  revalidate: ["/accounts/[accountId]", ...LOG_PAGES],
});

export const markContactLeft = defineAction({
  name: "contacts.markLeft",
  schema: markContactLeftSchema,
  permission: WRITE.contacts,
  run: markLeft,
  revalidate: [...PORTFOLIO_PAGES, "/clients/[clientId]", "/accounts/[accountId]"],
});

/** A lead's stage, like an opportunity's: the growth rule (leaders any lead, AMs their own). */
export const moveLead = defineAction({
  name: "leads.move",
  schema: moveLeadSchema,
  permission: WRITE.growth,
  run: move,
  revalidate: PORTFOLIO_PAGES,
});

export const previewTimesheets = defineAction({
  name: "timesheets.preview",
  schema: timesheetInputSchema,
  permission: "import:run",
  timeoutMs: 60_000,
  prepare: checkTimesheetFile,
  run: previewSheets,
});

export const commitTimesheets = defineAction({
  name: "timesheets.commit",
  schema: timesheetInputSchema,
  permission: "import:run",
  timeoutMs: 120_000,
  prepare: checkTimesheetFile,
  run: commitSheets,
  revalidate: ACCOUNT_PAGES,
});

export const previewScopeRequests = defineAction({
  name: "scopeRequests.preview",
  schema: scopeImportInputSchema,
  permission: "import:run",
  timeoutMs: 60_000,
  prepare: checkScopeImportFile,
  run: previewScopeImport,
});

export const commitScopeRequests = defineAction({
  name: "scopeRequests.commit",
  schema: scopeImportInputSchema,
  permission: "import:run",
  timeoutMs: 120_000,
  prepare: checkScopeImportFile,
  run: commitScopeImport,
  revalidate: ACCOUNT_PAGES,
});
