/**
 * Which account a row of an imported file means (pure): its client by name, then its account by name, or the
 * client's only live account when the file has no account column. Archived clients and accounts are not matched.
 */
import type { TenantTx } from "@/lib/db/tenant";
import type { RowReader } from "@/lib/domain/import/column-file";
import type { RowError } from "@/lib/domain/import/validate";
import { nameKey, readText } from "@/lib/domain/import/values";
import { groupBy } from "@/lib/group-by";

export type AgencyAccounts = {
  clients: { id: string; name: string; archived: boolean }[];
  accounts: { id: string; clientId: string; name: string; archived: boolean }[];
};

export type MatchedAccount = { id: string; clientId: string; clientName: string };

export function accountMatcher(existing: AgencyAccounts) {
  const clients = new Map(existing.clients.filter((c) => !c.archived).map((c) => [nameKey(c.name), c]));
  const live = groupBy(
    existing.accounts.filter((a) => !a.archived),
    (a) => a.clientId,
  );
  return (row: { rowNumber: number; clientName: string; accountName: string | null }): MatchedAccount | RowError => {
    const client = clients.get(nameKey(row.clientName));
    if (!client) return { row: row.rowNumber, column: "Client", message: `No client named "${row.clientName}".` };
    const accounts = live.get(client.id) ?? [];
    const account = row.accountName
      ? accounts.find((a) => nameKey(a.name) === nameKey(row.accountName!))
      : accounts.length === 1
        ? accounts[0]
        : undefined;
    if (account) return { id: account.id, clientId: client.id, clientName: client.name };
    return {
      row: row.rowNumber,
      column: "Account",
      message: row.accountName
        ? `${client.name} has no live account named "${row.accountName}".`
        : accounts.length === 0
          ? `${client.name} has no live account to import this to.`
          : `${client.name} has ${accounts.length} accounts: add an Account column to say which.`,
    };
  };
}

export const isRowError = (m: MatchedAccount | RowError): m is RowError => "message" in m;

export async function readAgencyAccounts(tx: TenantTx, agencyId: string): Promise<AgencyAccounts> {
  const clients = await tx.client.findMany({ where: { agencyId }, select: { id: true, name: true, archivedAt: true } });
  const accounts = await tx.account.findMany({
    where: { agencyId },
    select: { id: true, clientId: true, name: true, archivedAt: true },
  });
  return {
    clients: clients.map((c) => ({ id: c.id, name: c.name, archived: c.archivedAt !== null })),
    accounts: accounts.map((a) => ({ id: a.id, clientId: a.clientId, name: a.name, archived: a.archivedAt !== null })),
  };
}

/** The client and, optionally, the account a file's row names: both commercial imports read and match them alike. */
/** How every commercial file labels the two columns that name an account, and the other names it knows them by. */
export const ACCOUNT_NAME_LABELS = { client_name: "Client", account_name: "Account" } as const;
export const ACCOUNT_NAME_ALIASES = { account_name: ["account", "engagement", "retainer"] };

/** The client name of a file row, and its account name when the client has several accounts. */
export function readAccountNames(row: RowReader<"client_name" | "account_name">) {
  const clientName = row.need("client_name", "The client name is missing.", (t) => readText(t, 160, "client name"));
  return { clientName, accountName: row.text("account_name", 160, "account name") ?? null };
}
