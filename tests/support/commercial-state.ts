import type { Db } from "../../lib/db/client";

/** Every row the commercial actions can touch, read as the superuser, for "nothing changed" comparisons. */
export async function commercialState(admin: Db) {
  return {
    scopes: await admin.retainerScope.findMany({ orderBy: [{ agencyId: "asc" }, { accountId: "asc" }] }),
    entries: await admin.timesheetEntry.findMany({ orderBy: { id: "asc" } }),
    requests: await admin.scopeRequest.findMany({ orderBy: { id: "asc" } }),
    valueChanges: await admin.accountValueChange.findMany({ orderBy: { id: "asc" } }),
    departures: await admin.contactDeparture.findMany({ orderBy: [{ agencyId: "asc" }, { contactId: "asc" }] }),
    leads: await admin.newBusinessLead.findMany({ orderBy: { id: "asc" } }),
    contacts: await admin.contact.findMany({ orderBy: { id: "asc" } }),
  };
}
