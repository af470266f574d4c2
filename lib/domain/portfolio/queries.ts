import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import type { KpiReading } from "./health-components";
import type { TrendAccount } from "./load-trend";
import type { LoadRow } from "./rebalancing";
import {
  RELATIONSHIP_WINDOW_DAYS,
  type AccountSnapshot,
  type AmSnapshot,
  type ClientSnapshot,
  type ProjectSnapshot,
} from "./signal-types";
import { groupByField } from "@/lib/group-by";

/**
 * The portfolio's data for one whole agency in a handful of set-based queries (never one per AM or account).
 * Each query names agencyId explicitly; row-level security enforces the same scope again. "The newest N" per account
 * or KPI comes from rollup tables that database triggers keep in the same transaction as every write
 * (AccountRollup, AccountContactSeen, KpiLatestMeasurement; migration 20261201225626_account_rollups), so no query
 * walks the 250,000 check-ins of a large agency.
 */

const DAY_MS = 86_400_000;

/**
 * Narrows the portfolio reads to one AM's book (archived accounts included, where a read includes them): every row
 * the rules read for the subjects of those accounts — the accounts, their KPIs, projects and clients (each client's
 * relationship figures across all its accounts, whoever runs them), their commercial rows. An account page reads its
 * owner's book, not the whole agency. Rules over a scoped snapshot are right only for those subjects: an AM's growth,
 * say, needs every account the AM ever held (load-portfolio.ts says so where it is used).
 */
export type BookScope = { amId: string };

/**
 * `AND <column> IN (the book's account ids, or their client ids)`; nothing without a scope. `column` is a column
 * reference written in the query's code (it is spliced in raw), never input.
 */
export function inBookScope(
  agencyId: string,
  scope: BookScope | undefined,
  column: string,
  pick: "id" | "clientId" = "id",
): Prisma.Sql {
  if (!scope) return Prisma.empty;
  return Prisma.sql`AND ${Prisma.raw(column)} IN (
    SELECT x.${Prisma.raw(`"${pick}"`)} FROM "Account" x WHERE x."agencyId" = ${agencyId}::uuid AND x."amId" = ${scope.amId}::uuid)`;
}

/** UTC midnight `days` calendar days before today: the rules count calendar days, so the SQL window must too. */
function windowStart(today: Date, days: number): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - days * DAY_MS);
}

export function readAccountManagers(tx: TenantTx, agencyId: string, scope?: BookScope): Promise<AmSnapshot[]> {
  return tx.$queryRaw<AmSnapshot[]>`
    SELECT m."id", u."name"
    FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."agencyId" = ${agencyId}::uuid AND m."active" AND 'AM' = ANY (m."roles")
      ${scope ? Prisma.sql`AND m."id" = ${scope.amId}::uuid` : Prisma.empty}
    ORDER BY u."name"`;
}

type AccountRow = Omit<AccountSnapshot, "kpis">;

export async function readAccounts(tx: TenantTx, agencyId: string, scope?: BookScope): Promise<AccountSnapshot[]> {
  // Newest check-in and sentiments come from the trigger-kept AccountRollup: one row per account, no look-ups into
  // 250,000 check-ins.
  const rows = await tx.$queryRaw<AccountRow[]>`
      WITH planned AS (
        SELECT DISTINCT g."accountId" FROM "GrowthPlan" g WHERE g."agencyId" = ${agencyId}::uuid AND g."status" = 'ACTIVE'
      )
      SELECT a."id", a."name", a."clientId", c."name" AS "clientName", c."tier"::text AS "tier", a."amId",
             a."status"::text AS "status", a."complexity"::text AS "complexity",
             a."monthlyValue"::float8 AS "monthlyValue", a."renewalDate",
             r."lastCheckInAt", coalesce(r."recentSentiments"::int[], '{}') AS "recentSentiments",
             planned."accountId" IS NOT NULL AS "hasActiveGrowthPlan"
      FROM "Account" a
      JOIN "Client" c ON c."agencyId" = a."agencyId" AND c."id" = a."clientId"
      LEFT JOIN "AccountRollup" r ON r."agencyId" = a."agencyId" AND r."accountId" = a."id"
      LEFT JOIN planned ON planned."accountId" = a."id"
      WHERE a."agencyId" = ${agencyId}::uuid AND a."archivedAt" IS NULL ${inBookScope(agencyId, scope, 'a."id"')}`;
  const kpis = await readAccountKpis(tx, agencyId, scope);
  return rows.map((row) => ({ ...row, kpis: kpis.get(row.id) ?? [] }));
}

/**
 * Check-ins in the 90 calendar days before today on each account of one AM's book: rebalancing hands over the
 * lowest-touch accounts first. The count depends on today, so no rollup keeps it; one book's rows of the
 * (agencyId, accountId, occurredAt) index are a small scan, the whole agency's window is not.
 */
export async function readRecentTouchCounts(
  tx: TenantTx,
  agencyId: string,
  amId: string,
  today: Date,
): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ accountId: string; count: number }[]>`
    SELECT ci."accountId", count(*)::int AS "count"
    FROM "Account" a JOIN "CheckIn" ci ON ci."agencyId" = a."agencyId" AND ci."accountId" = a."id"
    WHERE a."agencyId" = ${agencyId}::uuid AND a."amId" = ${amId}::uuid AND a."archivedAt" IS NULL
      AND ci."occurredAt" >= ${windowStart(today, 90)}
    GROUP BY ci."accountId"`;
  return new Map(rows.map((row) => [row.accountId, row.count]));
}

/** Owner, status and complexity of every live account: every AM's load, light enough to read for the whole agency. */
export function readLoadRows(tx: TenantTx, agencyId: string): Promise<LoadRow[]> {
  return tx.$queryRaw<LoadRow[]>`
    SELECT a."amId", a."status"::text AS "status", a."complexity"::text AS "complexity"
    FROM "Account" a WHERE a."agencyId" = ${agencyId}::uuid AND a."archivedAt" IS NULL`;
}

/** Every account KPI with its latest measurement (kept by a trigger in KpiLatestMeasurement), grouped by account. */
async function readAccountKpis(
  tx: TenantTx,
  agencyId: string,
  scope: BookScope | undefined,
): Promise<Map<string, KpiReading[]>> {
  const rows = await tx.$queryRaw<(KpiReading & { accountId: string })[]>`
    SELECT k."accountId", k."target"::float8 AS "target", k."direction"::text AS "direction",
           latest."value"::float8 AS "latestValue"
    FROM "Kpi" k
    LEFT JOIN "KpiLatestMeasurement" latest ON latest."agencyId" = k."agencyId" AND latest."kpiId" = k."id"
    WHERE k."agencyId" = ${agencyId}::uuid AND k."accountId" IS NOT NULL AND k."archivedAt" IS NULL
      ${inBookScope(agencyId, scope, 'k."accountId"')}`;
  return groupByField(rows, "accountId");
}

export function readProjects(tx: TenantTx, agencyId: string, scope?: BookScope): Promise<ProjectSnapshot[]> {
  return tx.$queryRaw<ProjectSnapshot[]>`
    SELECT p."id", p."name", p."accountId", p."pmId", p."status"::text AS "status", p."lastStatusAt"
    FROM "Project" p
    WHERE p."agencyId" = ${agencyId}::uuid AND p."archivedAt" IS NULL ${inBookScope(agencyId, scope, 'p."accountId"')}`;
}

type ClientRow = Omit<ClientSnapshot, "contactsLastSeen" | "primaryContactLeft"> & {
  contactsLastSeen: { contactId: string; lastSeenAt: string }[] | null;
  primaryLeftName: string | null;
  primaryLeftOn: Date | null;
};

/**
 * The clients of one AM's book, or one client (an action about one of its contacts), or the given clients (the
 * stored standing's unowned book), or every client.
 */
export async function readClients(
  tx: TenantTx,
  agencyId: string,
  today: Date,
  scope?: BookScope | { clientId: string } | { clientIds: readonly string[] },
): Promise<ClientSnapshot[]> {
  const since = windowStart(today, RELATIONSHIP_WINDOW_DAYS);
  const only = (column: string) =>
    scope && "clientId" in scope
      ? Prisma.sql`AND ${Prisma.raw(column)} = ${scope.clientId}::uuid`
      : scope && "clientIds" in scope
        ? Prisma.sql`AND ${Prisma.raw(column)} = ANY (${[...scope.clientIds]}::uuid[])`
        : inBookScope(agencyId, scope, column, "clientId");
  // Who attended comes from the trigger-kept AccountContactSeen (a few rows per account), so no query walks the
  // window's check-ins. Archived accounts count: the relationship is the client's, whichever engagement the
  // conversation was about.
  const rows = await tx.$queryRaw<ClientRow[]>`
    WITH seen AS (
      SELECT s."clientId", json_agg(json_build_object('contactId', s."contactId",
               'lastSeenAt', to_char(s."lastSeenAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))) AS "contacts"
      FROM (SELECT a."clientId", s."contactId", max(s."lastSeenAt") AS "lastSeenAt"
            FROM "AccountContactSeen" s JOIN "Account" a ON a."agencyId" = s."agencyId" AND a."id" = s."accountId"
            WHERE s."agencyId" = ${agencyId}::uuid AND s."lastSeenAt" >= ${since}
              ${only('a."clientId"')}
            GROUP BY 1, 2) s
      GROUP BY s."clientId"
    ), contacts AS (
      SELECT "clientId", count(*) FILTER (WHERE "active")::int AS "active",
             bool_or("active" AND "isPrimary") AS "hasPrimary"
      FROM "Contact" WHERE "agencyId" = ${agencyId}::uuid ${only('"clientId"')} GROUP BY "clientId"
    ), departed AS (
      SELECT DISTINCT ON (d."clientId") d."clientId", ct."name", d."leftOn"
      FROM "ContactDeparture" d JOIN "Contact" ct ON ct."agencyId" = d."agencyId" AND ct."id" = d."contactId"
      WHERE d."agencyId" = ${agencyId}::uuid AND d."wasPrimary" AND d."leftOn" >= ${since} ${only('d."clientId"')}
      ORDER BY d."clientId", d."leftOn" DESC
    )
    SELECT c."id", c."name", c."tier"::text AS "tier", c."status"::text AS "status",
           coalesce(contacts."active", 0) AS "activeContactCount",
           seen."contacts" AS "contactsLastSeen",
           coalesce(contacts."hasPrimary", false) AS "hasPrimaryContact",
           departed."name" AS "primaryLeftName", departed."leftOn" AS "primaryLeftOn"
    FROM "Client" c
    LEFT JOIN contacts ON contacts."clientId" = c."id"
    LEFT JOIN seen ON seen."clientId" = c."id"
    LEFT JOIN departed ON departed."clientId" = c."id"
    WHERE c."agencyId" = ${agencyId}::uuid AND c."archivedAt" IS NULL ${only('c."id"')}`;
  return rows.map(({ primaryLeftName, primaryLeftOn, ...row }) => ({
    ...row,
    primaryContactLeft: primaryLeftName && primaryLeftOn ? { name: primaryLeftName, leftOn: primaryLeftOn } : null,
    contactsLastSeen: (row.contactsLastSeen ?? []).map((seen) => ({
      contactId: seen.contactId,
      lastSeenAt: new Date(seen.lastSeenAt),
    })),
  }));
}

export type PipelineStage = { stage: string; count: number; monthlyValue: number };

export function readGrowthPipeline(tx: TenantTx, agencyId: string): Promise<PipelineStage[]> {
  return tx.$queryRaw<PipelineStage[]>`
    SELECT o."stage"::text AS "stage", count(*)::int AS "count",
           coalesce(sum(o."estimatedMonthlyValue"), 0)::float8 AS "monthlyValue"
    FROM (SELECT "stage", "estimatedMonthlyValue" FROM "Opportunity" WHERE "agencyId" = ${agencyId}::uuid
          UNION ALL -- new-business leads outside the client list (lib/domain/commercial) are pipeline too
          SELECT "stage", "estimatedMonthlyValue" FROM "NewBusinessLead" WHERE "agencyId" = ${agencyId}::uuid) o
    GROUP BY o."stage"`;
}

/** Current owner and version of the given accounts: what an "apply move" button must send back (optimistic concurrency). */
export async function readAccountVersions(
  tx: TenantTx,
  agencyId: string,
  accountIds: readonly string[],
): Promise<Map<string, { amId: string; version: number }>> {
  if (accountIds.length === 0) return new Map();
  const rows = await tx.account.findMany({
    where: { agencyId, id: { in: [...accountIds] } },
    select: { id: true, amId: true, version: true },
  });
  return new Map(rows.map((r) => [r.id, { amId: r.amId, version: r.version }]));
}

/** Every account the AM owns now, archived ones included, with the dates the load trend needs. */
export function readAmAccountHistory(tx: TenantTx, agencyId: string, amId: string): Promise<TrendAccount[]> {
  return tx.account.findMany({
    where: { agencyId, amId },
    select: { status: true, complexity: true, startDate: true, archivedAt: true },
  });
}
