import type { TenantTx } from "@/lib/db/tenant";
import { listClientContacts, type ClientContact } from "@/lib/domain/contacts/queries";
import type { ClientStatusValue, ClientTierValue } from "./schemas";

/** Reads for the client pages; agencyId is required and in every where (row-level security checks it again). */

export type ClientListItem = {
  id: string;
  name: string;
  industry: string | null;
  tier: ClientTierValue;
  status: ClientStatusValue;
  clientSince: Date | null;
  accountCount: number;
  contactCount: number;
  /** The viewing AM owns a live account of this client. */
  mine: boolean;
};

export type ClientAccount = {
  id: string;
  name: string;
  kind: "RETAINER" | "PROJECT";
  status: "ACTIVE" | "AT_RISK" | "PAUSED" | "CHURNED";
  monthlyValue: string;
  renewalDate: Date | null;
  archivedAt: Date | null;
  am: { id: string; name: string };
};

export type ClientDetail = Omit<ClientListItem, "accountCount" | "contactCount" | "mine"> & {
  contacts: ClientContact[];
  accounts: ClientAccount[];
};

/** A client's own details: what its page shows and its edit form changes. */
export const CLIENT_DETAILS = {
  id: true,
  name: true,
  industry: true,
  tier: true,
  status: true,
  clientSince: true,
} as const;

/** One client (not archived) with its contacts (active first, primary first) and all its accounts; null if foreign. */
export async function getClient(tx: TenantTx, agencyId: string, clientId: string): Promise<ClientDetail | null> {
  const row = await tx.client.findFirst({
    where: { agencyId, id: clientId, archivedAt: null },
    select: {
      ...CLIENT_DETAILS,
      accounts: {
        where: { agencyId },
        orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
        select: {
          id: true,
          name: true,
          kind: true,
          status: true,
          monthlyValue: true,
          renewalDate: true,
          archivedAt: true,
          am: { select: { id: true, user: { select: { name: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    ...row,
    contacts: await listClientContacts(tx, agencyId, row.id),
    accounts: row.accounts.map(({ am, monthlyValue, ...a }) => ({
      ...a,
      monthlyValue: monthlyValue.toFixed(2),
      am: { id: am.id, name: am.user.name },
    })),
  };
}
