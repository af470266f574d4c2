import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import { keysetPage, type Page, type PageRequest, type SortKey } from "@/lib/pagination/keyset";
import type { CheckInView } from "@/lib/domain/portfolio/drilldown-queries";
import { compareNames } from "@/lib/domain/portfolio/text";

/**
 * A check-in timeline one page at a time, newest first: an account's, or a client's across its accounts (archived
 * ones included: history stays). It grows without bound with an agency's history, so it is never read whole.
 */

export type TimelineScope = { accountId: string } | { clientId: string };
export type TimelineEntry = CheckInView & { accountId: string; accountName: string };

export const TIMELINE_PAGE_SIZE = 10;

const KEYS: SortKey<TimelineEntry>[] = [
  { sql: Prisma.sql`ci."occurredAt"`, dir: "desc", cast: "timestamp", value: (r) => r.occurredAt.toISOString() },
  { sql: Prisma.sql`ci."id"`, dir: "asc", cast: "uuid", value: (r) => r.id },
];

function inScope(agencyId: string, scope: TimelineScope) {
  return "accountId" in scope
    ? Prisma.sql`ci."agencyId" = ${agencyId}::uuid AND ci."accountId" = ${scope.accountId}::uuid`
    : Prisma.sql`ci."agencyId" = ${agencyId}::uuid AND a."clientId" = ${scope.clientId}::uuid`;
}

export async function readTimelinePage(
  tx: TenantTx,
  agencyId: string,
  scope: TimelineScope,
  request: PageRequest,
): Promise<Page<TimelineEntry> & { total: number }> {
  const page = await keysetPage(
    KEYS,
    request,
    (seek) =>
      tx.$queryRaw<TimelineEntry[]>`
      SELECT ci."id", ci."occurredAt", ci."channel"::text AS "channel", ci."sentiment"::int AS "sentiment",
             ci."sentimentReason"::text AS "sentimentReason", ci."summary", ci."nextSteps", ci."nextDueAt",
             u."name" AS "authorName", coalesce(att."names", '{}') AS "attendees",
             a."id" AS "accountId", a."name" AS "accountName"
      FROM "CheckIn" ci
      JOIN "Account" a ON a."agencyId" = ${agencyId}::uuid AND a."id" = ci."accountId"
      JOIN "Membership" m ON m."agencyId" = ${agencyId}::uuid AND m."id" = ci."authorId"
      JOIN "User" u ON u."id" = m."userId"
      LEFT JOIN LATERAL (
        SELECT array_agg(ct."name"::text) AS "names"
        FROM "CheckInContact" cc
        JOIN "Contact" ct ON ct."agencyId" = ${agencyId}::uuid AND ct."id" = cc."contactId"
        WHERE cc."agencyId" = ${agencyId}::uuid AND cc."checkInId" = ci."id"
      ) att ON true
      WHERE ${inScope(agencyId, scope)} AND ${seek.where}
      ORDER BY ${seek.orderBy}
      LIMIT ${seek.limit}`,
  );
  const [count] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM "CheckIn" ci
    JOIN "Account" a ON a."agencyId" = ${agencyId}::uuid AND a."id" = ci."accountId"
    WHERE ${inScope(agencyId, scope)}`;
  return {
    ...page,
    items: page.items.map((row) => ({ ...row, attendees: [...row.attendees].sort(compareNames) })),
    total: count?.n ?? 0,
  };
}
