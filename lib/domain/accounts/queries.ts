import type { TenantTx } from "@/lib/db/tenant";
import { toIsoDate } from "@/lib/format/dates";
import type { ClientTierValue } from "@/lib/domain/clients/schemas";
import type { AccountStatus, ClientStatus, ClientTier, Complexity } from "@/lib/domain/portfolio/types";
import type { AccountKindValue, AccountStatusValue, ComplexityValue } from "./schemas";

/** Reads for the account list and edit pages; agencyId is required and in every where (RLS checks it again). */

/** What the list and the edit form both show of an account. */
type AccountCore = {
  id: string;
  name: string;
  kind: AccountKindValue;
  status: AccountStatusValue;
  complexity: ComplexityValue;
  monthlyValue: string;
};

export type AccountListItem = AccountCore & {
  renewalDate: Date | null;
  client: { id: string; name: string; tier: ClientTierValue };
  am: { id: string; name: string };
};

export type AccountForEdit = AccountCore & {
  /** "" when the start is unknown (the form's blank). */
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

/** How many clients the "New account" picker offers: a large agency's every client would weigh hundreds of KB. */
export const CLIENT_PICKER_LIMIT = 200;

/** Clients that are not archived, for the "New account" picker: the first ones by name, plus the one asked for. */
export async function listClientOptions(tx: TenantTx, agencyId: string, alsoId?: string): Promise<Option[]> {
  const rows = await tx.client.findMany({
    where: { agencyId, archivedAt: null },
    orderBy: { name: "asc" },
    take: CLIENT_PICKER_LIMIT,
    select: { id: true, name: true },
  });
  if (!alsoId || rows.some((r) => r.id === alsoId)) return rows;
  const asked = await tx.client.findFirst({
    where: { agencyId, id: alsoId, archivedAt: null },
    select: { id: true, name: true },
  });
  return asked ? [asked, ...rows] : rows;
}

/** An account page's header: the account with its client and owning AM, or null outside the scoped agency. */
export type AccountHeader = {
  id: string;
  name: string;
  kind: "RETAINER" | "PROJECT";
  status: AccountStatus;
  complexity: Complexity;
  monthlyValue: number;
  /** Null: the start is unknown. */
  startDate: Date | null;
  renewalDate: Date | null;
  archivedAt: Date | null;
  client: { id: string; name: string; tier: ClientTier; status: ClientStatus; industry: string | null };
  am: { id: string; name: string };
};

type AccountHeaderRow = Omit<AccountHeader, "client" | "am"> & {
  clientId: string;
  clientName: string;
  tier: ClientTier;
  clientStatus: ClientStatus;
  industry: string | null;
  amId: string;
  amName: string;
};

export async function readAccountHeader(tx: TenantTx, agencyId: string, accountId: string) {
  const [row] = await tx.$queryRaw<AccountHeaderRow[]>`
    SELECT a."id", a."name", a."kind"::text AS "kind", a."status"::text AS "status",
           a."complexity"::text AS "complexity", a."monthlyValue"::float8 AS "monthlyValue",
           a."startDate", a."renewalDate", a."archivedAt",
           c."id" AS "clientId", c."name" AS "clientName", c."tier"::text AS "tier",
           c."status"::text AS "clientStatus", c."industry", a."amId", u."name" AS "amName"
    FROM "Account" a
    JOIN "Client" c ON c."agencyId" = ${agencyId}::uuid AND c."id" = a."clientId"
    JOIN "Membership" m ON m."agencyId" = ${agencyId}::uuid AND m."id" = a."amId"
    JOIN "User" u ON u."id" = m."userId"
    WHERE a."agencyId" = ${agencyId}::uuid AND a."id" = ${accountId}::uuid`;
  if (!row) return null;
  const { clientId, clientName, tier, clientStatus, industry, amId, amName, ...account } = row;
  return {
    ...account,
    client: { id: clientId, name: clientName, tier, status: clientStatus, industry },
    am: { id: amId, name: amName },
  } satisfies AccountHeader;
}
