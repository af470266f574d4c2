import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import { andWhen } from "@/lib/db/sql-filters";
import { isoDay, toIsoDate } from "@/lib/format/dates";
import { keysetPage, type Page, type PageRequest, type SortKey } from "@/lib/pagination/keyset";
import type { ProjectStatus } from "@/lib/domain/portfolio/types";
import type { ProjectListItem } from "./queries";
import { DUE_SOON_DAYS, STALE_AFTER_DAYS } from "./risk";

/**
 * One page of the projects list, riskiest first, in SQL: the same order as `byRisk` in risk.ts (off track, at risk,
 * no update for over 14 days, due within 14 days, the rest, done last; then due date, undated last; then name), so the
 * database sorts and pages and the page renders only its own rows.
 */

export type ProjectListFilter = { pmId?: string };

type Row = Omit<ProjectListItem, "account" | "pm" | "lastUpdate"> & {
  riskRank: number;
  accountId: string;
  accountName: string;
  clientName: string;
  pmId: string;
  pmName: string;
  updateAt: Date | null;
  updateAuthor: string | null;
  updateNote: string | null;
};

const KEYS: SortKey<Row>[] = [
  { sql: Prisma.sql`"riskRank"`, dir: "asc", cast: "int", value: (r) => r.riskRank },
  {
    sql: Prisma.sql`"dueSort"`,
    dir: "asc",
    cast: "date",
    value: (r) => (r.dueDate ? toIsoDate(r.dueDate)! : "infinity"),
  },
  { sql: Prisma.sql`"name"`, dir: "asc", cast: "text", value: (r) => r.name },
  { sql: Prisma.sql`"id"`, dir: "asc", cast: "uuid", value: (r) => r.id },
];

function where(agencyId: string, filter: ProjectListFilter) {
  return Prisma.sql`p."agencyId" = ${agencyId}::uuid AND p."archivedAt" IS NULL
    ${andWhen(filter.pmId, (pmId) => Prisma.sql`p."pmId" = ${pmId}::uuid`)}`;
}

export async function listProjectsPage(
  tx: TenantTx,
  agencyId: string,
  filter: ProjectListFilter,
  request: PageRequest,
  today: Date,
): Promise<Page<ProjectListItem>> {
  const day = isoDay(today);
  const page = await keysetPage(
    KEYS,
    request,
    (seek) =>
      tx.$queryRaw<Row[]>`
      WITH ranked AS (
        SELECT p."id", p."name", p."status"::text AS "status", p."version", p."percentComplete"::int AS "percentComplete",
               p."budget"::text AS "budget", p."spent"::text AS "spent", p."startDate", p."dueDate", p."lastStatusAt",
               p."accountId", p."pmId",
               coalesce(p."dueDate", 'infinity'::date) AS "dueSort",
               CASE WHEN p."status" = 'DONE' THEN 5
                    WHEN p."status" = 'OFF_TRACK' THEN 0
                    WHEN p."status" = 'AT_RISK' THEN 1
                    WHEN p."lastStatusAt"::date < ${day}::date - ${STALE_AFTER_DAYS}::int THEN 2
                    WHEN p."dueDate" <= ${day}::date + ${DUE_SOON_DAYS}::int THEN 3
                    ELSE 4 END AS "riskRank"
        FROM "Project" p
        WHERE ${where(agencyId, filter)}
      )
      SELECT r.*, a."name" AS "accountName", c."name" AS "clientName", u."name" AS "pmName",
             lu."createdAt" AS "updateAt", lu."authorName" AS "updateAuthor", lu."note" AS "updateNote"
      FROM (SELECT * FROM ranked WHERE ${seek.where} ORDER BY ${seek.orderBy} LIMIT ${seek.limit}) r
      JOIN "Account" a ON a."agencyId" = ${agencyId}::uuid AND a."id" = r."accountId"
      JOIN "Client" c ON c."agencyId" = ${agencyId}::uuid AND c."id" = a."clientId"
      JOIN "Membership" m ON m."agencyId" = ${agencyId}::uuid AND m."id" = r."pmId"
      JOIN "User" u ON u."id" = m."userId"
      LEFT JOIN LATERAL (
        SELECT pu."createdAt", pu."note", au."name" AS "authorName"
        FROM "ProjectUpdate" pu
        JOIN "Membership" am ON am."agencyId" = ${agencyId}::uuid AND am."id" = pu."authorId"
        JOIN "User" au ON au."id" = am."userId"
        WHERE pu."agencyId" = ${agencyId}::uuid AND pu."projectId" = r."id"
        ORDER BY pu."version" DESC LIMIT 1
      ) lu ON true
      ORDER BY ${seek.orderBy}`,
  );
  return { ...page, items: page.items.map(toItem) };
}

function toItem(row: Row): ProjectListItem {
  return {
    id: row.id,
    name: row.name,
    status: row.status as ProjectStatus,
    version: row.version,
    percentComplete: row.percentComplete,
    budget: Number(row.budget).toFixed(2),
    spent: Number(row.spent).toFixed(2),
    startDate: row.startDate,
    dueDate: row.dueDate,
    lastStatusAt: row.lastStatusAt,
    account: { id: row.accountId, name: row.accountName, clientName: row.clientName },
    pm: { id: row.pmId, name: row.pmName },
    lastUpdate: row.updateAt ? { at: row.updateAt, authorName: row.updateAuthor ?? "", note: row.updateNote } : null,
  };
}

export type ProjectCounts = { total: number; offTrack: number; atRisk: number };

/** The counts the list's header shows, over every project matching the filter (not just the page). */
export async function countProjects(tx: TenantTx, agencyId: string, filter: ProjectListFilter): Promise<ProjectCounts> {
  const [row] = await tx.$queryRaw<{ total: number; offTrack: number; atRisk: number }[]>`
    SELECT count(*)::int AS "total",
           count(*) FILTER (WHERE p."status" = 'OFF_TRACK')::int AS "offTrack",
           count(*) FILTER (WHERE p."status" = 'AT_RISK')::int AS "atRisk"
    FROM "Project" p WHERE ${where(agencyId, filter)}`;
  return row ?? { total: 0, offTrack: 0, atRisk: 0 };
}
