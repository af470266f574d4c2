import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import { andSearch, andWhen } from "@/lib/db/sql-filters";
import { keysetPage, type Page, type PageRequest, type SortKey } from "@/lib/pagination/keyset";
import { LIVE_ACCOUNT_STATUSES } from "./ownership";
import type { ClientListItem } from "./queries";
import type { ClientListFilter } from "./schemas";

/**
 * One page of the clients list (not archived; search on name or industry; tier and status filters), by name — with the
 * viewing AM's own clients (a live account of theirs) first when `membershipId` is given — and how many match.
 */

const KEYS: SortKey<ClientListItem>[] = [
  { sql: Prisma.sql`"mine"`, dir: "desc", cast: "bool", value: (r) => r.mine },
  { sql: Prisma.sql`"name"`, dir: "asc", cast: "text", value: (r) => r.name },
  { sql: Prisma.sql`"id"`, dir: "asc", cast: "uuid", value: (r) => r.id },
];

function matching(agencyId: string, filter: ClientListFilter) {
  return Prisma.sql`c."agencyId" = ${agencyId}::uuid AND c."archivedAt" IS NULL
    ${andWhen(filter.tier, (tier) => Prisma.sql`c."tier" = ${tier}::"ClientTier"`)}
    ${andWhen(filter.status, (status) => Prisma.sql`c."status" = ${status}::"ClientStatus"`)}
    ${andSearch(filter.q, [Prisma.sql`c."name"`, Prisma.sql`c."industry"`])}`;
}

export async function listClientsPage(
  tx: TenantTx,
  agencyId: string,
  filter: ClientListFilter,
  request: PageRequest,
  membershipId?: string,
): Promise<Page<ClientListItem>> {
  const live = Prisma.join(LIVE_ACCOUNT_STATUSES.map((s) => Prisma.sql`${s}::"AccountStatus"`));
  const mine = membershipId
    ? Prisma.sql`EXISTS (SELECT 1 FROM "Account" o WHERE o."agencyId" = ${agencyId}::uuid AND o."clientId" = c."id"
        AND o."amId" = ${membershipId}::uuid AND o."archivedAt" IS NULL AND o."status" IN (${live}))`
    : Prisma.sql`false`;
  const page = await keysetPage(
    KEYS,
    request,
    (seek) =>
      tx.$queryRaw<ClientListItem[]>`
      SELECT r.*,
             (SELECT count(*)::int FROM "Account" a
               WHERE a."agencyId" = ${agencyId}::uuid AND a."clientId" = r."id" AND a."archivedAt" IS NULL) AS "accountCount",
             (SELECT count(*)::int FROM "Contact" ct
               WHERE ct."agencyId" = ${agencyId}::uuid AND ct."clientId" = r."id" AND ct."active") AS "contactCount"
      FROM (
        SELECT * FROM (
          SELECT c."id", c."name", c."industry", c."tier"::text AS "tier", c."status"::text AS "status",
                 c."clientSince", ${mine} AS "mine"
          FROM "Client" c WHERE ${matching(agencyId, filter)}
        ) f
        WHERE ${seek.where} ORDER BY ${seek.orderBy} LIMIT ${seek.limit}
      ) r
      ORDER BY ${seek.orderBy}`,
  );
  return page;
}

export async function countClients(tx: TenantTx, agencyId: string, filter: ClientListFilter): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM "Client" c WHERE ${matching(agencyId, filter)}`;
  return row?.n ?? 0;
}
