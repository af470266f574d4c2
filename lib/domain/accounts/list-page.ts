import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import { andSearch, andWhen } from "@/lib/db/sql-filters";
import type { ClientTierValue } from "@/lib/domain/clients/schemas";
import { keysetPage, type Page, type PageRequest, type SortKey } from "@/lib/pagination/keyset";
import type { AccountFilterInput } from "./list-filter";
import type { AccountListItem } from "./queries";
import type { AccountKindValue, AccountStatusValue, ComplexityValue } from "./schemas";

/** One page of open accounts (by client name, then account name), and how many match: the accounts list. */

type Row = Omit<AccountListItem, "client" | "am"> & {
  clientId: string;
  clientName: string;
  clientTier: ClientTierValue;
  amId: string;
  amName: string;
};

const KEYS: SortKey<Row>[] = [
  { sql: Prisma.sql`c."name"`, dir: "asc", cast: "text", value: (r) => r.clientName },
  { sql: Prisma.sql`a."name"`, dir: "asc", cast: "text", value: (r) => r.name },
  { sql: Prisma.sql`a."id"`, dir: "asc", cast: "uuid", value: (r) => r.id },
];

/** The list's filters as SQL over Account a JOIN Client c; the same filters as the export of the list. */
function matching(agencyId: string, filter: AccountFilterInput) {
  return Prisma.sql`a."agencyId" = ${agencyId}::uuid AND a."archivedAt" IS NULL
    ${andWhen(filter.status, (status) => Prisma.sql`a."status" = ${status}::"AccountStatus"`)}
    ${andWhen(filter.amId, (amId) => Prisma.sql`a."amId" = ${amId}::uuid`)}
    ${andWhen(filter.tier, (tier) => Prisma.sql`c."tier" = ${tier}::"ClientTier"`)}
    ${andSearch(filter.q, [Prisma.sql`a."name"`, Prisma.sql`c."name"`])}`;
}

export async function listAccountsPage(
  tx: TenantTx,
  agencyId: string,
  filter: AccountFilterInput,
  request: PageRequest,
): Promise<Page<AccountListItem>> {
  const page = await keysetPage(
    KEYS,
    request,
    (seek) =>
      tx.$queryRaw<Row[]>`
      SELECT a."id", a."name", a."kind"::text AS "kind", a."status"::text AS "status",
             a."complexity"::text AS "complexity", a."monthlyValue"::text AS "monthlyValue", a."renewalDate",
             c."id" AS "clientId", c."name" AS "clientName", c."tier"::text AS "clientTier",
             a."amId", u."name" AS "amName"
      FROM "Account" a
      JOIN "Client" c ON c."agencyId" = ${agencyId}::uuid AND c."id" = a."clientId"
      JOIN "Membership" m ON m."agencyId" = ${agencyId}::uuid AND m."id" = a."amId"
      JOIN "User" u ON u."id" = m."userId"
      WHERE ${matching(agencyId, filter)} AND ${seek.where}
      ORDER BY ${seek.orderBy}
      LIMIT ${seek.limit}`,
  );
  return {
    ...page,
    items: page.items.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind as AccountKindValue,
      status: r.status as AccountStatusValue,
      complexity: r.complexity as ComplexityValue,
      monthlyValue: Number(r.monthlyValue).toFixed(2),
      renewalDate: r.renewalDate,
      client: { id: r.clientId, name: r.clientName, tier: r.clientTier },
      am: { id: r.amId, name: r.amName },
    })),
  };
}

export async function countAccounts(tx: TenantTx, agencyId: string, filter: AccountFilterInput): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM "Account" a
    JOIN "Client" c ON c."agencyId" = ${agencyId}::uuid AND c."id" = a."clientId"
    WHERE ${matching(agencyId, filter)}`;
  return row?.n ?? 0;
}
