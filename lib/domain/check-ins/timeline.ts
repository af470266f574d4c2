import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import { keysetPage, seek, type Page, type PageRequest, type SortKey } from "@/lib/pagination/keyset";
import { compareNames } from "@/lib/domain/portfolio/text";

/**
 * The one check-in timeline query, for the account page (its newest check-ins feed the health score; its timeline is
 * paged) and the client page (across the client's accounts, archived ones included: history stays). A timeline grows
 * without bound with an agency's history, so it is read one page, or a bounded newest few, at a time.
 */

export type CheckInView = {
  id: string;
  occurredAt: Date;
  channel: string;
  sentiment: number;
  sentimentReason: string | null;
  summary: string;
  nextSteps: string | null;
  nextDueAt: Date | null;
  authorName: string;
  attendees: string[];
};

export type TimelineScope = { accountId: string } | { clientId: string };
export type TimelineEntry = CheckInView & { accountId: string; accountName: string };

export const TIMELINE_PAGE_SIZE = 10;
/** How many of an account's newest check-ins the health score reads. */
const CHECK_IN_LIMIT = 20;

const KEYS: SortKey<TimelineEntry>[] = [
  { sql: Prisma.sql`ci."occurredAt"`, dir: "desc", cast: "timestamp", value: (r) => r.occurredAt.toISOString() },
  { sql: Prisma.sql`ci."id"`, dir: "asc", cast: "uuid", value: (r) => r.id },
];

function inScope(agencyId: string, scope: TimelineScope) {
  return "accountId" in scope
    ? Prisma.sql`ci."agencyId" = ${agencyId}::uuid AND ci."accountId" = ${scope.accountId}::uuid`
    : Prisma.sql`ci."agencyId" = ${agencyId}::uuid AND a."clientId" = ${scope.clientId}::uuid`;
}

/** Check-ins in scope with their account, author and attending contacts (sorted by name). */
async function readEntries(
  tx: TenantTx,
  agencyId: string,
  scope: TimelineScope,
  page: { where: Prisma.Sql; orderBy: Prisma.Sql; limit: number },
): Promise<TimelineEntry[]> {
  const rows = await tx.$queryRaw<TimelineEntry[]>`
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
    WHERE ${inScope(agencyId, scope)} AND ${page.where}
    ORDER BY ${page.orderBy}
    LIMIT ${page.limit}`;
  return rows.map((row) => ({ ...row, attendees: [...row.attendees].sort(compareNames) }));
}

/** An account's newest check-ins, newest first. */
export function readCheckIns(
  tx: TenantTx,
  agencyId: string,
  accountId: string,
  limit = CHECK_IN_LIMIT,
): Promise<TimelineEntry[]> {
  return readEntries(tx, agencyId, { accountId }, { ...seek(KEYS, { size: limit }), limit });
}

/** One page of the timeline, newest first, with the number of check-ins in scope. */
export async function readTimelinePage(
  tx: TenantTx,
  agencyId: string,
  scope: TimelineScope,
  request: PageRequest,
): Promise<Page<TimelineEntry> & { total: number }> {
  const page = await keysetPage(KEYS, request, (how) => readEntries(tx, agencyId, scope, how));
  const [count] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM "CheckIn" ci
    JOIN "Account" a ON a."agencyId" = ${agencyId}::uuid AND a."id" = ci."accountId"
    WHERE ${inScope(agencyId, scope)}`;
  return { ...page, total: count?.n ?? 0 };
}
