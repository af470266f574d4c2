import { randomUUID } from "node:crypto";
import type { ActionEntry } from "./action-registry";
import { csvImportAction, memberAction, previewRefused, rowAction, rowlessAction, swapAction } from "./action-entries";
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
const importEntry = (refused?: ActionEntry["refused"]) =>
  csvImportAction("clients.csv", (t) => csvFor(t.users.am.email), refused);

/** B's client, or B's AM, in A's new account. */
const toBsClientOrAm = (b: Tenant) => [{ clientId: b.ids.client }, { amId: b.ids.am }];
/** B's account (at its version) edited with A's input. */
const toBsAccount = (b: Tenant) => [{ accountId: b.ids.account, expectedVersion: b.versions.account }];

export const CRM_ACTIONS: Record<string, ActionEntry> = {
  "lib/actions/clients#createClient": rowlessAction(clientFields, { freeText: ["name", "industry"] }),
  "lib/actions/clients#editClient": memberAction(
    (t) => ({ clientId: t.ids.client, ...clientFields(), tier: "TIER_1" }),
    ({ b }) => [
      { clientId: b.ids.client, ...clientFields() },
      { clientId: b.ids.client, ...clientFields(), agencyId: b.agencyId },
    ],
    { freeText: ["name", "industry"] },
  ),
  "lib/actions/clients#archiveClient": memberAction(
    (t) => ({ clientId: t.ids.spareClient }),
    ({ b }) => [{ clientId: b.ids.spareClient }, { clientId: b.ids.client }],
  ),
  "lib/actions/contacts#createContact": rowAction("clientId", "client", contactFields, undefined, {
    freeText: ["name", "title"],
  }),
  "lib/actions/contacts#editContact": rowAction(
    "contactId",
    "contact",
    { ...contactFields, isPrimary: true },
    [contactFields, { ...contactFields, isPrimary: true }],
    { freeText: ["name", "title"] },
  ),
  "lib/actions/contacts#setContactActive": rowAction("contactId", "contact", { active: false }, [
    { active: false },
    { active: true },
  ]),
  "lib/actions/accounts#createAccount": swapAction(newAccount, toBsClientOrAm, { freeText: ["name"] }),
  "lib/actions/accounts#editAccount": swapAction(accountEdit, toBsAccount, { freeText: ["name"] }),
  "lib/actions/accounts#archiveAccount": memberAction(
    (t) => ({ accountId: t.ids.account, expectedVersion: t.versions.account }),
    ({ b }) => [{ accountId: b.ids.account, expectedVersion: b.versions.account }],
  ),
  "lib/actions/accounts#reassignAccount": memberAction(
    (t) => ({ accountId: t.ids.account, expectedVersion: t.versions.account, amId: t.ids.secondAm }),
    ({ a, b }) => [
      { accountId: b.ids.account, expectedVersion: b.versions.account, amId: b.ids.secondAm },
      { accountId: a.ids.account, expectedVersion: a.versions.account, amId: b.ids.am },
      { accountId: b.ids.account, expectedVersion: b.versions.account, amId: a.ids.secondAm },
    ],
  ),
  "lib/actions/import#previewImport": importEntry(previewRefused),
  "lib/actions/import#commitImport": importEntry(),
};
