import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import { keysetPage, type Page, type PageRequest, type SortKey } from "@/lib/pagination/keyset";
import type { ProjectStatus } from "@/lib/domain/portfolio/types";

/** Reads for the projects pages; agencyId is required and in every where (row-level security checks it again). */

export type ProjectListItem = {
  id: string;
  name: string;
  status: ProjectStatus;
  version: number;
  percentComplete: number;
  budget: string;
  spent: string;
  startDate: Date | null;
  dueDate: Date | null;
  lastStatusAt: Date;
  account: { id: string; name: string; clientName: string };
  pm: { id: string; name: string };
  lastUpdate: { at: Date; authorName: string; note: string | null } | null;
};

/** A project's last status report: what the list, the CSV export and a write's conflict check read of it. */
export const PROJECT_STATUS_COLUMNS = {
  status: true,
  percentComplete: true,
  budget: true,
  spent: true,
  lastStatusAt: true,
} as const;

const listSelect = {
  id: true,
  name: true,
  version: true,
  ...PROJECT_STATUS_COLUMNS,
  startDate: true,
  dueDate: true,
  account: { select: { id: true, name: true, client: { select: { name: true } } } },
  pm: { select: { id: true, user: { select: { name: true } } } },
  updates: {
    orderBy: { version: "desc" },
    take: 1,
    select: { createdAt: true, note: true, author: { select: { user: { select: { name: true } } } } },
  },
} as const;

type ListRow = {
  id: string;
  name: string;
  status: ProjectStatus;
  version: number;
  percentComplete: number;
  budget: { toFixed(digits: number): string };
  spent: { toFixed(digits: number): string };
  startDate: Date | null;
  dueDate: Date | null;
  lastStatusAt: Date;
  account: { id: string; name: string; client: { name: string } };
  pm: { id: string; user: { name: string } };
  updates: { createdAt: Date; note: string | null; author: { user: { name: string } } }[];
};

function toItem(row: ListRow): ProjectListItem {
  const last = row.updates[0];
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    version: row.version,
    percentComplete: row.percentComplete,
    budget: row.budget.toFixed(2),
    spent: row.spent.toFixed(2),
    startDate: row.startDate,
    dueDate: row.dueDate,
    lastStatusAt: row.lastStatusAt,
    account: { id: row.account.id, name: row.account.name, clientName: row.account.client.name },
    pm: { id: row.pm.id, name: row.pm.user.name },
    lastUpdate: last ? { at: last.createdAt, authorName: last.author.user.name, note: last.note } : null,
  };
}

export type ProjectHistoryEntry = {
  id: string;
  version: number;
  at: Date;
  authorName: string;
  fromStatus: ProjectStatus | null;
  toStatus: ProjectStatus;
  percentComplete: number;
  spent: string;
  note: string | null;
};

/** One project; null when it is not in this agency (or archived). Its history is read a page at a time. */
export async function getProject(tx: TenantTx, agencyId: string, projectId: string): Promise<ProjectListItem | null> {
  const row = await tx.project.findFirst({
    where: { agencyId, id: projectId, archivedAt: null },
    select: listSelect,
  });
  return row ? toItem(row) : null;
}

export const HISTORY_PAGE_SIZE = 20;

/** The version is unique per project and grows with every update: newest first is a total order on its own. */
const HISTORY_KEYS: SortKey<ProjectHistoryEntry>[] = [
  { sql: Prisma.sql`pu."version"`, dir: "desc", cast: "int", value: (entry) => entry.version },
];

/**
 * One page of a project's status history, newest first, with the number of updates: a project reported on every week
 * for years would otherwise make its page grow without bound.
 */
export async function readProjectHistoryPage(
  tx: TenantTx,
  agencyId: string,
  projectId: string,
  request: PageRequest,
): Promise<Page<ProjectHistoryEntry> & { total: number }> {
  const page = await keysetPage(HISTORY_KEYS, request, async (how) => {
    const rows = await tx.$queryRaw<(Omit<ProjectHistoryEntry, "spent"> & { spent: Prisma.Decimal })[]>`
      SELECT pu."id", pu."version", pu."createdAt" AS "at", u."name" AS "authorName",
             pu."fromStatus"::text AS "fromStatus", pu."toStatus"::text AS "toStatus",
             pu."percentComplete"::int AS "percentComplete", pu."spent", pu."note"
      FROM "ProjectUpdate" pu
      JOIN "Membership" m ON m."agencyId" = ${agencyId}::uuid AND m."id" = pu."authorId"
      JOIN "User" u ON u."id" = m."userId"
      WHERE pu."agencyId" = ${agencyId}::uuid AND pu."projectId" = ${projectId}::uuid AND ${how.where}
      ORDER BY ${how.orderBy}
      LIMIT ${how.limit}`;
    return rows.map((row) => ({ ...row, spent: row.spent.toFixed(2) }));
  });
  const total = await tx.projectUpdate.count({ where: { agencyId, projectId } });
  return { ...page, total };
}

/** The agency's currency, for money labels. */
export async function agencyCurrency(tx: TenantTx, agencyId: string): Promise<string> {
  const agency = await tx.agency.findFirst({ where: { id: agencyId }, select: { currency: true } });
  return agency?.currency ?? "USD";
}

export type ProjectManagerOption = { id: string; name: string };

/** Active members holding the PM role: who a project can be given to. */
export async function listProjectManagers(tx: TenantTx, agencyId: string): Promise<ProjectManagerOption[]> {
  const rows = await tx.membership.findMany({
    where: { agencyId, active: true, roles: { has: "PM" } },
    select: { id: true, user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((row) => ({ id: row.id, name: row.user.name }));
}

// ---------------------------------------------------------------- an account's projects (account page)

export type ProjectView = {
  id: string;
  name: string;
  status: ProjectStatus;
  startDate: Date | null;
  dueDate: Date | null;
  budget: number;
  spent: number;
  percentComplete: number;
  lastStatusAt: Date;
  pm: { id: string; name: string };
  lastUpdate: {
    at: Date;
    fromStatus: ProjectStatus | null;
    toStatus: ProjectStatus;
    note: string | null;
    authorName: string;
  } | null;
};

type ProjectRow = Omit<ProjectView, "pm" | "lastUpdate"> & {
  pmId: string;
  pmName: string;
  lastUpdate: {
    at: string;
    fromStatus: ProjectStatus | null;
    toStatus: ProjectStatus;
    note: string | null;
    authorName: string;
  } | null;
};

/** Non-archived projects (the health score's delivery input) with their PM and their latest status update. */
export async function readAccountProjects(tx: TenantTx, agencyId: string, accountId: string): Promise<ProjectView[]> {
  const rows = await tx.$queryRaw<ProjectRow[]>`
    SELECT p."id", p."name", p."status"::text AS "status", p."startDate", p."dueDate",
           p."budget"::float8 AS "budget", p."spent"::float8 AS "spent", p."percentComplete"::int AS "percentComplete",
           p."lastStatusAt", p."pmId", u."name" AS "pmName", lu."lastUpdate"
    FROM "Project" p
    JOIN "Membership" m ON m."agencyId" = ${agencyId}::uuid AND m."id" = p."pmId"
    JOIN "User" u ON u."id" = m."userId"
    LEFT JOIN LATERAL (
      SELECT json_build_object(
               'at', to_char(pu."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'fromStatus', pu."fromStatus",
               'toStatus', pu."toStatus", 'note', pu."note", 'authorName', au."name") AS "lastUpdate"
      FROM "ProjectUpdate" pu
      JOIN "Membership" am ON am."agencyId" = ${agencyId}::uuid AND am."id" = pu."authorId"
      JOIN "User" au ON au."id" = am."userId"
      WHERE pu."agencyId" = ${agencyId}::uuid AND pu."projectId" = p."id"
      ORDER BY pu."createdAt" DESC, pu."version" DESC LIMIT 1
    ) lu ON true
    WHERE p."agencyId" = ${agencyId}::uuid AND p."accountId" = ${accountId}::uuid AND p."archivedAt" IS NULL
    ORDER BY p."dueDate" ASC NULLS LAST, p."name", p."id"`;
  return rows.map(({ pmId, pmName, lastUpdate, ...project }) => ({
    ...project,
    pm: { id: pmId, name: pmName },
    lastUpdate: lastUpdate && { ...lastUpdate, at: new Date(lastUpdate.at) },
  }));
}
