import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import { keysetPage, type Page, type PageRequest, type SortKey } from "@/lib/pagination/keyset";
import { effectiveRules, type FollowUpRule } from "./rules";

/**
 * Reads of follow-ups, all paged on the server: "My follow-ups", the leaders' team view, an account's list; and the
 * per-assignee counts the dashboard, the AM page and the nav show (one grouped query on the (agencyId, status, dueDate)
 * index).
 */
export type FollowUpItem = {
  id: string;
  title: string;
  reason: string | null;
  dueDate: Date;
  status: "OPEN" | "DONE" | "RESOLVED_BY_DATA";
  outcome: string | null;
  closedAt: Date | null;
  signalType: string | null;
  accountId: string | null;
  accountName: string | null;
  clientName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  accountAmId: string | null;
};

export type FollowUpScope =
  | { kind: "mine"; membershipId: string; includeLeadersQueue: boolean }
  | { kind: "team"; assigneeId?: string }
  | { kind: "account"; accountId: string };

const OPEN_KEYS: SortKey<FollowUpItem>[] = [
  { sql: Prisma.sql`"dueDate"`, dir: "asc", cast: "date", value: (r) => r.dueDate.toISOString().slice(0, 10) },
  { sql: Prisma.sql`"id"`, dir: "asc", cast: "uuid", value: (r) => r.id },
];
const CLOSED_KEYS: SortKey<FollowUpItem>[] = [
  { sql: Prisma.sql`"closedAt"`, dir: "desc", cast: "timestamp", value: (r) => r.closedAt!.toISOString() },
  { sql: Prisma.sql`"id"`, dir: "asc", cast: "uuid", value: (r) => r.id },
];

function scopeWhere(agencyId: string, scope: FollowUpScope): Prisma.Sql {
  const base = Prisma.sql`f."agencyId" = ${agencyId}::uuid`;
  if (scope.kind === "mine") {
    return scope.includeLeadersQueue
      ? Prisma.sql`${base} AND (f."assigneeId" = ${scope.membershipId}::uuid OR f."assigneeId" IS NULL)`
      : Prisma.sql`${base} AND f."assigneeId" = ${scope.membershipId}::uuid`;
  }
  if (scope.kind === "account") return Prisma.sql`${base} AND f."accountId" = ${scope.accountId}::uuid`;
  return scope.assigneeId ? Prisma.sql`${base} AND f."assigneeId" = ${scope.assigneeId}::uuid` : base;
}

export async function listFollowUpsPage(
  tx: TenantTx,
  agencyId: string,
  scope: FollowUpScope,
  state: "open" | "closed",
  request: PageRequest,
): Promise<Page<FollowUpItem>> {
  const keys = state === "open" ? OPEN_KEYS : CLOSED_KEYS;
  const status = state === "open" ? Prisma.sql`f."status" = 'OPEN'` : Prisma.sql`f."status" <> 'OPEN'`;
  return keysetPage(
    keys,
    request,
    (seek) =>
      tx.$queryRaw<FollowUpItem[]>`
      SELECT * FROM (
        SELECT f."id", f."title", f."reason", f."dueDate", f."status"::text AS "status", f."outcome", f."closedAt",
               f."signalType", f."accountId", a."name" AS "accountName", c."name" AS "clientName", f."assigneeId",
               u."name" AS "assigneeName", a."amId" AS "accountAmId"
        FROM "FollowUp" f
        LEFT JOIN "Account" a ON a."agencyId" = f."agencyId" AND a."id" = f."accountId"
        LEFT JOIN "Client" c ON c."agencyId" = a."agencyId" AND c."id" = a."clientId"
        LEFT JOIN "Membership" m ON m."agencyId" = f."agencyId" AND m."id" = f."assigneeId"
        LEFT JOIN "User" u ON u."id" = m."userId"
        WHERE ${scopeWhere(agencyId, scope)} AND ${status}
      ) f
      WHERE ${seek.where} ORDER BY ${seek.orderBy} LIMIT ${seek.limit}`,
  );
}

export type FollowUpCounts = { open: number; overdue: number };

/** Open and overdue (due before today) follow-ups per assignee; the key "" is the leaders' queue. One grouped query. */
export async function followUpCountsByAssignee(
  tx: TenantTx,
  agencyId: string,
  today: Date,
): Promise<Map<string, FollowUpCounts>> {
  const day = today.toISOString().slice(0, 10);
  const rows = await tx.$queryRaw<{ assigneeId: string | null; open: number; overdue: number }[]>`
    SELECT f."assigneeId", count(*)::int AS "open", count(*) FILTER (WHERE f."dueDate" < ${day}::date)::int AS "overdue"
    FROM "FollowUp" f WHERE f."agencyId" = ${agencyId}::uuid AND f."status" = 'OPEN'
    GROUP BY f."assigneeId"`;
  return new Map(rows.map((r) => [r.assigneeId ?? "", { open: r.open, overdue: r.overdue }]));
}

export async function countFollowUps(
  tx: TenantTx,
  agencyId: string,
  scope: FollowUpScope,
  state: "open" | "closed",
): Promise<number> {
  const status = state === "open" ? Prisma.sql`f."status" = 'OPEN'` : Prisma.sql`f."status" <> 'OPEN'`;
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM "FollowUp" f WHERE ${scopeWhere(agencyId, scope)} AND ${status}`;
  return row?.n ?? 0;
}

/** One member's open and overdue follow-ups (the AM page). */
export async function followUpCountsFor(
  tx: TenantTx,
  agencyId: string,
  membershipId: string,
  today: Date,
): Promise<FollowUpCounts> {
  const day = today.toISOString().slice(0, 10);
  const [row] = await tx.$queryRaw<FollowUpCounts[]>`
    SELECT count(*)::int AS "open", count(*) FILTER (WHERE f."dueDate" < ${day}::date)::int AS "overdue"
    FROM "FollowUp" f
    WHERE f."agencyId" = ${agencyId}::uuid AND f."assigneeId" = ${membershipId}::uuid AND f."status" = 'OPEN'`;
  return row ?? { open: 0, overdue: 0 };
}

/** The nav's badge: open follow-ups assigned to the member (and the leaders' queue for leaders). */
export async function myOpenFollowUpCount(
  tx: TenantTx,
  agencyId: string,
  membershipId: string,
  includeLeadersQueue: boolean,
): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM "FollowUp" f
    WHERE ${scopeWhere(agencyId, { kind: "mine", membershipId, includeLeadersQueue })} AND f."status" = 'OPEN'`;
  return row?.n ?? 0;
}

export async function readFollowUpRules(tx: TenantTx, agencyId: string): Promise<FollowUpRule[]> {
  const stored = await tx.followUpRule.findMany({
    where: { agencyId },
    select: { signalType: true, enabled: true, assignee: true, dueInDays: true },
  });
  return effectiveRules(stored);
}

export async function readJobRuns(tx: TenantTx, agencyId: string) {
  return tx.jobRun.findMany({
    where: { agencyId },
    select: {
      task: true,
      lastStartedAt: true,
      lastFinishedAt: true,
      lastOk: true,
      lastError: true,
      lastErrorAt: true,
      runs: true,
      failures: true,
    },
    orderBy: { task: "asc" },
  });
}
