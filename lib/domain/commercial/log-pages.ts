/**
 * An account's scope requests and value history, newest first, a keyset page at a time (lib/pagination/keyset.ts):
 * the account page shows the newest few and links to these full lists.
 */
import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import { keysetPage, type Page, type PageRequest, type SortKey } from "@/lib/pagination/keyset";
import type { ScopeRequestView, ValueChangeView } from "./queries";

export const LOG_PAGE_SIZE = 25;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

const REQUEST_KEYS: SortKey<ScopeRequestView>[] = [
  { sql: Prisma.sql`"askedOn"`, dir: "desc", cast: "date", value: (r) => isoDay(r.askedOn) },
  { sql: Prisma.sql`"id"`, dir: "desc", cast: "uuid", value: (r) => r.id },
];

const CHANGE_KEYS: SortKey<ValueChangeView>[] = [
  { sql: Prisma.sql`"changedAt"`, dir: "desc", cast: "timestamp", value: (r) => r.changedAt.toISOString() },
  { sql: Prisma.sql`"id"`, dir: "desc", cast: "uuid", value: (r) => r.id },
];

export type LogPage<Row> = Page<Row> & { total: number };

export async function scopeRequestsPage(
  tx: TenantTx,
  agencyId: string,
  accountId: string,
  request: PageRequest,
): Promise<LogPage<ScopeRequestView>> {
  const page = await keysetPage(REQUEST_KEYS, request, async (seek) => {
    const rows = await tx.$queryRaw<(Omit<ScopeRequestView, "estimateHours"> & { estimateHours: number })[]>`
      SELECT * FROM (
        SELECT s."id", s."askedOn", s."summary", s."estimateHours"::float8 AS "estimateHours",
               s."decision"::text AS "decision", ct."name" AS "contactName"
        FROM "ScopeRequest" s
        LEFT JOIN "Contact" ct ON ct."agencyId" = s."agencyId" AND ct."id" = s."contactId"
        WHERE s."agencyId" = ${agencyId}::uuid AND s."accountId" = ${accountId}::uuid
      ) s
      WHERE ${seek.where} ORDER BY ${seek.orderBy} LIMIT ${seek.limit}`;
    return rows;
  });
  return { ...page, total: await tx.scopeRequest.count({ where: { agencyId, accountId } }) };
}

type ChangeRow = Omit<ValueChangeView, "opportunity"> & { opportunityId: string | null; serviceLine: string | null };

export async function valueChangesPage(
  tx: TenantTx,
  agencyId: string,
  accountId: string,
  request: PageRequest,
): Promise<LogPage<ValueChangeView>> {
  const page = await keysetPage(CHANGE_KEYS, request, async (seek) => {
    const rows = await tx.$queryRaw<ChangeRow[]>`
      SELECT * FROM (
        SELECT v."id", v."changedAt", v."kind"::text AS "kind", v."fromValue"::float8 AS "fromValue",
               v."toValue"::float8 AS "toValue", v."viaImport", u."name" AS "amName",
               v."opportunityId", o."serviceLine"
        FROM "AccountValueChange" v
        LEFT JOIN "Membership" m ON m."agencyId" = v."agencyId" AND m."id" = v."amId"
        LEFT JOIN "User" u ON u."id" = m."userId"
        LEFT JOIN "Opportunity" o ON o."agencyId" = v."agencyId" AND o."id" = v."opportunityId"
        WHERE v."agencyId" = ${agencyId}::uuid AND v."accountId" = ${accountId}::uuid
      ) v
      WHERE ${seek.where} ORDER BY ${seek.orderBy} LIMIT ${seek.limit}`;
    return rows.map(({ opportunityId, serviceLine, ...r }) => ({
      ...r,
      opportunity: opportunityId ? { id: opportunityId, serviceLine: serviceLine ?? "" } : null,
    }));
  });
  return { ...page, total: await tx.accountValueChange.count({ where: { agencyId, accountId } }) };
}
