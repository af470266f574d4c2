import type { TenantTx } from "@/lib/db/tenant";
import { toIsoDate } from "@/lib/domain/clients/form-fields";
import type { ClientTierValue } from "@/lib/domain/clients/schemas";
import type { AccountFilterInput } from "./list-filter";
import type { AccountKindValue, AccountStatusValue, ComplexityValue } from "./schemas";

/** Reads for the account list and edit pages; agencyId is required and in every where (RLS checks it again). */

export const ACCOUNT_LIST_LIMIT = 500;

export type AccountListItem = {
  id: string;
  name: string;
  kind: AccountKindValue;
  status: AccountStatusValue;
  complexity: ComplexityValue;
  monthlyValue: string;
  renewalDate: Date | null;
  client: { id: string; name: string; tier: ClientTierValue };
  am: { id: string; name: string };
};

/** Open (not archived) accounts matching a search on account or client name and the filters; by client, then name. */
export async function listAccounts(tx: TenantTx, agencyId: string, filter: AccountFilterInput) {
  const q = filter.q?.trim();
  const rows = await tx.account.findMany({
    where: {
      agencyId,
      archivedAt: null,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.amId ? { amId: filter.amId } : {}),
      ...(filter.tier ? { client: { tier: filter.tier } } : {}),
      ...(q
        ? {
            OR: [
              { name: { contains: q, mode: "insensitive" } },
              { client: { name: { contains: q, mode: "insensitive" } } },
            ],
          }
        : {}),
    },
    orderBy: [{ client: { name: "asc" } }, { name: "asc" }],
    take: ACCOUNT_LIST_LIMIT,
    select: {
      id: true,
      name: true,
      kind: true,
      status: true,
      complexity: true,
      monthlyValue: true,
      renewalDate: true,
      client: { select: { id: true, name: true, tier: true } },
      am: { select: { id: true, user: { select: { name: true } } } },
    },
  });
  return rows.map(({ am, monthlyValue, ...row }): AccountListItem => ({
    ...row,
    monthlyValue: monthlyValue.toFixed(2),
    am: { id: am.id, name: am.user.name },
  }));
}

export type AccountForEdit = {
  id: string;
  name: string;
  kind: AccountKindValue;
  status: AccountStatusValue;
  complexity: ComplexityValue;
  monthlyValue: string;
  startDate: string;
  renewalDate: string | null;
  version: number;
  client: { id: string; name: string };
  am: { id: string; name: string };
};

/** One open account with the values its edit form starts from; null when archived or not in this agency. */
export async function getAccountForEdit(
  tx: TenantTx,
  agencyId: string,
  accountId: string,
): Promise<AccountForEdit | null> {
  const row = await tx.account.findFirst({
    where: { agencyId, id: accountId, archivedAt: null },
    select: {
      id: true,
      name: true,
      kind: true,
      status: true,
      complexity: true,
      monthlyValue: true,
      startDate: true,
      renewalDate: true,
      version: true,
      client: { select: { id: true, name: true } },
      am: { select: { id: true, user: { select: { name: true } } } },
    },
  });
  if (!row) return null;
  return {
    ...row,
    monthlyValue: row.monthlyValue.toFixed(2),
    startDate: toIsoDate(row.startDate) ?? "",
    renewalDate: toIsoDate(row.renewalDate),
    am: { id: row.am.id, name: row.am.user.name },
  };
}

export type Option = { id: string; name: string };

/** Active members holding the AM role: the owners an account may have. */
export async function listAccountManagers(tx: TenantTx, agencyId: string): Promise<Option[]> {
  const rows = await tx.membership.findMany({
    where: { agencyId, active: true, roles: { has: "AM" } },
    orderBy: { user: { name: "asc" } },
    select: { id: true, user: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.user.name }));
}

/** Clients that are not archived, for the "New account" picker. */
export function listClientOptions(tx: TenantTx, agencyId: string): Promise<Option[]> {
  return tx.client.findMany({
    where: { agencyId, archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
