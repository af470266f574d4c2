import type { Db } from "../../lib/db/client";

/**
 * Clients, contacts and accounts of every agency, read as the superuser (row-level security bypassed), so a test can
 * prove that refused or invalid input changed nothing by comparing two snapshots with toEqual. Audit events are read
 * separately (tests/support/db-state.ts) because refusals are expected to add one.
 */
export async function crmState(admin: Db) {
  const [clients, contacts, accounts] = await Promise.all([
    admin.client.findMany({ orderBy: { id: "asc" } }),
    admin.contact.findMany({ orderBy: { id: "asc" } }),
    admin.account.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { clients, contacts, accounts };
}
