import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import { andWhen } from "@/lib/db/sql-filters";
import { keysetPage, type Page, type PageRequest, type SortKey } from "@/lib/pagination/keyset";
import { dayAfter, dayStart, type AuditFilters } from "./filters";

export type AuditEventRow = {
  id: string;
  at: Date;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

type EventRow = Omit<AuditEventRow, "id"> & { id: bigint };

const KEYS: SortKey<EventRow>[] = [
  { sql: Prisma.sql`e."createdAt"`, dir: "desc", cast: "timestamp", value: (r) => r.at.toISOString() },
  { sql: Prisma.sql`e."id"`, dir: "desc", cast: "bigint", value: (r) => r.id.toString() },
];

/** The filters as SQL over "AuditEvent" e; agencyId first (row-level security checks it again). */
function matching(agencyId: string, filters: AuditFilters) {
  return Prisma.sql`e."agencyId" = ${agencyId}::uuid
    ${andWhen(filters.action, (action) => Prisma.sql`e."action" = ${action}`)}
    ${andWhen(filters.entityType, (entityType) => Prisma.sql`e."entityType" = ${entityType}`)}
    ${
      filters.actor === "system"
        ? Prisma.sql`AND e."actorId" IS NULL`
        : filters.actor
          ? Prisma.sql`AND e."actorId" = ${filters.actor}::uuid`
          : Prisma.empty
    }
    ${andWhen(filters.from, (from) => Prisma.sql`e."createdAt" >= ${dayStart(from)}`)}
    ${andWhen(filters.to, (to) => Prisma.sql`e."createdAt" < ${dayAfter(to)}`)}`;
}

/** One page of an agency's audit events, newest first (by time, then id), and how many match the filters. */
export async function listAuditEvents(
  tx: TenantTx,
  agencyId: string,
  filters: AuditFilters,
  request: PageRequest,
): Promise<Page<AuditEventRow> & { total: number }> {
  const page = await keysetPage(
    KEYS,
    request,
    (seek) =>
      tx.$queryRaw<EventRow[]>`
      SELECT e."id", e."createdAt" AS "at", u."name" AS "actorName", e."action", e."entityType", e."entityId",
             e."before", e."after"
      FROM "AuditEvent" e LEFT JOIN "User" u ON u."id" = e."actorId"
      WHERE ${matching(agencyId, filters)} AND ${seek.where}
      ORDER BY ${seek.orderBy}
      LIMIT ${seek.limit}`,
  );
  const [count] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM "AuditEvent" e WHERE ${matching(agencyId, filters)}`;
  return { ...page, items: page.items.map((r) => ({ ...r, id: r.id.toString() })), total: count?.n ?? 0 };
}

export type AuditFilterOptions = { actions: string[]; entityTypes: string[]; actors: { id: string; name: string }[] };

/** The values the filter form offers: actions and entity types present in the log, and the agency's members. */
export async function auditFilterOptions(tx: TenantTx, agencyId: string): Promise<AuditFilterOptions> {
  const actions = await tx.auditEvent.groupBy({ by: ["action"], where: { agencyId }, orderBy: { action: "asc" } });
  const entityTypes = await tx.auditEvent.groupBy({
    by: ["entityType"],
    where: { agencyId },
    orderBy: { entityType: "asc" },
  });
  // Only people who appear in the log: a large agency has thousands of members, most of whom never act here.
  const actors = await tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT u."id", u."name" FROM "User" u
    WHERE u."id" IN (SELECT DISTINCT e."actorId" FROM "AuditEvent" e
                     WHERE e."agencyId" = ${agencyId}::uuid AND e."actorId" IS NOT NULL)
      AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."agencyId" = ${agencyId}::uuid AND m."userId" = u."id")
    ORDER BY u."name"`;
  return {
    actions: actions.map((r) => r.action),
    entityTypes: entityTypes.map((r) => r.entityType),
    actors,
  };
}
