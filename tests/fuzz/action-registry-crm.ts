import { randomUUID } from "node:crypto";
import type { ActionEntry } from "./action-registry";
import type { Tenant } from "./fixtures";

/**
 * Registry entries (see action-registry.ts for the format) of the client, contact, account and CSV import actions.
 * Create inputs carry a fresh name each time, so repeated valid calls do not collide on the per-agency unique names.
 */
const fresh = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

const clientFields = () => ({
  name: fresh("Fuzz Client"),
  industry: "Retail",
  tier: "TIER_2",
  status: "ACTIVE",
  clientSince: "2021-03-01",
});
const contactFields = {
  name: "Dana Fuzz",
  title: "Head of Marketing",
  email: "dana@example.test",
  phone: "+44 20 7946 0000",
  isPrimary: false,
};
const accountFields = {
  kind: "RETAINER",
  monthlyValue: "2500.00",
  complexity: "STANDARD",
  status: "ACTIVE",
  startDate: "2026-02-01",
  renewalDate: "2027-02-01",
};
const newAccount = (t: Tenant) => ({ clientId: t.ids.client, amId: t.ids.am, name: fresh("Fuzz"), ...accountFields });
const accountEdit = (t: Tenant) => ({
  accountId: t.ids.account,
  expectedVersion: t.versions.account,
  name: "Retainer Plus",
  ...accountFields,
});

const HEADER = "client_name,client_tier,account_name,am_email,monthly_value,start_date,contact_name,contact_email";
/** One client, account and contact; importing it again is accepted and changes nothing ("unchanged"). */
const csvFor = (amEmail: string) =>
  `${HEADER}\nImported Co,TIER_2,Retainer,${amEmail},1500,2026-02-01,Ina Import,ina@imported.test`;
const importInput = (t: Tenant) => ({ text: csvFor(t.users.am.email), fileName: "clients.csv", dateFormat: "ISO" });
const importEntry = (refused?: ActionEntry["refused"]): ActionEntry => ({
  call: "member",
  valid: importInput,
  // Another agency's AM is an unknown email here: the file names no row by id.
  foreignIds: ({ a, b }) => [{ ...importInput(a), text: csvFor(b.users.am.email) }],
  freeText: ["fileName", "text"],
  textCases: 50, // each stored file name re-runs the whole import (lock, load, plan, audit)
  refused,
});

export const CRM_ACTIONS: Record<string, ActionEntry> = {
  "lib/actions/clients#createClient": {
    call: "member",
    valid: clientFields,
    foreignIds: () => [], // names no existing row
    freeText: ["name", "industry"],
  },
  "lib/actions/clients#editClient": {
    call: "member",
    valid: (t) => ({ clientId: t.ids.client, ...clientFields(), tier: "TIER_1" }),
    foreignIds: ({ b }) => [
      { clientId: b.ids.client, ...clientFields() },
      { clientId: b.ids.client, ...clientFields(), agencyId: b.agencyId },
    ],
    freeText: ["name", "industry"],
  },
  "lib/actions/clients#archiveClient": {
    call: "member",
    valid: (t) => ({ clientId: t.ids.spareClient }),
    foreignIds: ({ b }) => [{ clientId: b.ids.spareClient }, { clientId: b.ids.client }],
  },
  "lib/actions/contacts#createContact": {
    call: "member",
    valid: (t) => ({ clientId: t.ids.client, ...contactFields }),
    foreignIds: ({ b }) => [{ clientId: b.ids.client, ...contactFields }],
    freeText: ["name", "title"],
  },
  "lib/actions/contacts#editContact": {
    call: "member",
    valid: (t) => ({ contactId: t.ids.contact, ...contactFields, isPrimary: true }),
    foreignIds: ({ b }) => [
      { contactId: b.ids.contact, ...contactFields },
      { contactId: b.ids.contact, ...contactFields, isPrimary: true },
    ],
    freeText: ["name", "title"],
  },
  "lib/actions/contacts#setContactActive": {
    call: "member",
    valid: (t) => ({ contactId: t.ids.contact, active: false }),
    foreignIds: ({ b }) => [
      { contactId: b.ids.contact, active: false },
      { contactId: b.ids.contact, active: true },
    ],
  },
  "lib/actions/accounts#createAccount": {
    call: "member",
    valid: newAccount,
    foreignIds: ({ a, b }) => [
      { ...newAccount(a), clientId: b.ids.client },
      { ...newAccount(a), amId: b.ids.am },
    ],
    freeText: ["name"],
  },
  "lib/actions/accounts#editAccount": {
    call: "member",
    valid: accountEdit,
    foreignIds: ({ a, b }) => [{ ...accountEdit(a), accountId: b.ids.account, expectedVersion: b.versions.account }],
    freeText: ["name"],
  },
  "lib/actions/accounts#archiveAccount": {
    call: "member",
    valid: (t) => ({ accountId: t.ids.account, expectedVersion: t.versions.account }),
    foreignIds: ({ b }) => [{ accountId: b.ids.account, expectedVersion: b.versions.account }],
  },
  "lib/actions/accounts#reassignAccount": {
    call: "member",
    valid: (t) => ({ accountId: t.ids.account, expectedVersion: t.versions.account, amId: t.ids.secondAm }),
    foreignIds: ({ a, b }) => [
      { accountId: b.ids.account, expectedVersion: b.versions.account, amId: b.ids.secondAm },
      { accountId: a.ids.account, expectedVersion: a.versions.account, amId: b.ids.am },
      { accountId: b.ids.account, expectedVersion: b.versions.account, amId: a.ids.secondAm },
    ],
  },
  // The preview only reads, and answers a file with problems inside an ok result: problems count as its refusal.
  "lib/actions/import#previewImport": importEntry((result) => {
    const r = result as { ok: boolean; data?: { errorCount: number } };
    return !r.ok || (r.data?.errorCount ?? 0) > 0;
  }),
  "lib/actions/import#commitImport": importEntry(),
};
