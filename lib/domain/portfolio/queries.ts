import type { TenantTx } from "@/lib/db/tenant";
import type { KpiReading } from "./health-components";
import {
  RELATIONSHIP_WINDOW_DAYS,
  type AccountSnapshot,
  type AmSnapshot,
  type ClientSnapshot,
  type ProjectSnapshot,
} from "./signal-types";

/**
 * The portfolio's data for one whole agency in a handful of set-based queries (never one per AM or account).
 * Each query names agencyId explicitly; row-level security enforces the same scope again. Aggregates that need
 * "the newest N" per account use LATERAL joins on the (agencyId, accountId, occurredAt DESC) index.
 */

const DAY_MS = 86_400_000;

/** UTC midnight `days` calendar days before today: the rules count calendar days, so the SQL window must too. */
function windowStart(today: Date, days: number): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - days * DAY_MS);
}

export type AgencySettings = {
  id: string;
  name: string;
  slug: string;
  currency: string;
  employeeCount: number;
  guidelineMinOverride: number | null;
  guidelineMaxOverride: number | null;
  cadenceTier1Days: number;
  cadenceTier2Days: number;
  cadenceTier3Days: number;
  healthWeightRecency: number;
  healthWeightSentiment: number;
  healthWeightDelivery: number;
  healthWeightKpi: number;
};

export async function readAgencySettings(tx: TenantTx, agencyId: string): Promise<AgencySettings> {
  return tx.agency.findFirstOrThrow({
    where: { id: agencyId },
    select: {
      id: true,
      name: true,
      slug: true,
      currency: true,
      employeeCount: true,
      guidelineMinOverride: true,
      guidelineMaxOverride: true,
      cadenceTier1Days: true,
      cadenceTier2Days: true,
      cadenceTier3Days: true,
      healthWeightRecency: true,
      healthWeightSentiment: true,
      healthWeightDelivery: true,
      healthWeightKpi: true,
    },
  });
}

export function readAccountManagers(tx: TenantTx, agencyId: string): Promise<AmSnapshot[]> {
  return tx.$queryRaw<AmSnapshot[]>`
    SELECT m."id", u."name"
    FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."agencyId" = ${agencyId}::uuid AND m."active" AND 'AM' = ANY (m."roles")
    ORDER BY u."name"`;
}

type AccountRow = Omit<AccountSnapshot, "kpis">;

export async function readAccounts(tx: TenantTx, agencyId: string, today: Date): Promise<AccountSnapshot[]> {
  const since90 = windowStart(today, 90);
  const rows = await tx.$queryRaw<AccountRow[]>`
      SELECT a."id", a."name", a."clientId", c."name" AS "clientName", c."tier"::text AS "tier", a."amId",
             a."status"::text AS "status", a."complexity"::text AS "complexity",
             a."monthlyValue"::float8 AS "monthlyValue", a."renewalDate",
             recent."lastCheckInAt", coalesce(recent."sentiments", '{}') AS "recentSentiments",
             coalesce(window90."count", 0)::int AS "checkInsLast90Days",
             EXISTS (SELECT 1 FROM "GrowthPlan" g
                     WHERE g."agencyId" = a."agencyId" AND g."accountId" = a."id" AND g."status" = 'ACTIVE')
               AS "hasActiveGrowthPlan"
      FROM "Account" a
      JOIN "Client" c ON c."agencyId" = a."agencyId" AND c."id" = a."clientId"
      LEFT JOIN LATERAL (
        SELECT max(last5."occurredAt") AS "lastCheckInAt",
               array_agg(last5."sentiment"::int ORDER BY last5."occurredAt" DESC) AS "sentiments"
        FROM (SELECT ci."occurredAt", ci."sentiment" FROM "CheckIn" ci
              WHERE ci."agencyId" = a."agencyId" AND ci."accountId" = a."id"
              ORDER BY ci."occurredAt" DESC LIMIT 5) last5
      ) recent ON true
      LEFT JOIN LATERAL (
        SELECT count(*) AS "count" FROM "CheckIn" ci
        WHERE ci."agencyId" = a."agencyId" AND ci."accountId" = a."id" AND ci."occurredAt" >= ${since90}
      ) window90 ON true
      WHERE a."agencyId" = ${agencyId}::uuid AND a."archivedAt" IS NULL`;
  const kpis = await readAccountKpis(tx, agencyId);
  return rows.map((row) => ({ ...row, kpis: kpis.get(row.id) ?? [] }));
}

/** Every account KPI with its latest measurement, grouped by account. */
async function readAccountKpis(tx: TenantTx, agencyId: string): Promise<Map<string, KpiReading[]>> {
  const rows = await tx.$queryRaw<(KpiReading & { accountId: string })[]>`
    SELECT k."accountId", k."target"::float8 AS "target", k."direction"::text AS "direction",
           latest."value"::float8 AS "latestValue"
    FROM "Kpi" k
    LEFT JOIN LATERAL (
      SELECT km."value" FROM "KpiMeasurement" km
      WHERE km."agencyId" = k."agencyId" AND km."kpiId" = k."id"
      ORDER BY km."periodStart" DESC LIMIT 1
    ) latest ON true
    WHERE k."agencyId" = ${agencyId}::uuid AND k."accountId" IS NOT NULL AND k."archivedAt" IS NULL`;
  const byAccount = new Map<string, KpiReading[]>();
  for (const { accountId, ...reading } of rows) {
    const list = byAccount.get(accountId) ?? [];
    list.push(reading);
    byAccount.set(accountId, list);
  }
  return byAccount;
}

export function readProjects(tx: TenantTx, agencyId: string): Promise<ProjectSnapshot[]> {
  return tx.$queryRaw<ProjectSnapshot[]>`
    SELECT p."id", p."name", p."accountId", p."pmId", p."status"::text AS "status", p."lastStatusAt"
    FROM "Project" p
    WHERE p."agencyId" = ${agencyId}::uuid AND p."archivedAt" IS NULL`;
}

type ClientRow = Omit<ClientSnapshot, "recentCheckIns"> & {
  recentCheckIns: { occurredAt: string; contactIds: string[] }[];
};

export async function readClients(tx: TenantTx, agencyId: string, today: Date): Promise<ClientSnapshot[]> {
  const since = windowStart(today, RELATIONSHIP_WINDOW_DAYS);
  // Grouped joins rather than per-client subqueries: one pass over the window's check-ins and attendees.
  const rows = await tx.$queryRaw<ClientRow[]>`
    WITH recent AS (
      SELECT a."clientId", ci."id", ci."occurredAt"
      FROM "CheckIn" ci JOIN "Account" a ON a."agencyId" = ci."agencyId" AND a."id" = ci."accountId"
      WHERE ci."agencyId" = ${agencyId}::uuid AND ci."occurredAt" >= ${since}
    ), per_check_in AS (
      SELECT r."clientId", r."occurredAt",
             coalesce(json_agg(cc."contactId") FILTER (WHERE cc."contactId" IS NOT NULL), '[]'::json) AS "contactIds"
      FROM recent r
      LEFT JOIN "CheckInContact" cc ON cc."agencyId" = ${agencyId}::uuid AND cc."checkInId" = r."id"
      GROUP BY r."clientId", r."id", r."occurredAt"
    ), attendance AS (
      SELECT "clientId", json_agg(json_build_object(
               'occurredAt', to_char("occurredAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'contactIds', "contactIds")) AS "checkIns"
      FROM per_check_in GROUP BY "clientId"
    ), contacts AS (
      SELECT "clientId", count(*) FILTER (WHERE "active")::int AS "active"
      FROM "Contact" WHERE "agencyId" = ${agencyId}::uuid GROUP BY "clientId"
    )
    SELECT c."id", c."name", c."tier"::text AS "tier", c."status"::text AS "status",
           coalesce(contacts."active", 0) AS "activeContactCount",
           coalesce(attendance."checkIns", '[]'::json) AS "recentCheckIns"
    FROM "Client" c
    LEFT JOIN contacts ON contacts."clientId" = c."id"
    LEFT JOIN attendance ON attendance."clientId" = c."id"
    WHERE c."agencyId" = ${agencyId}::uuid AND c."archivedAt" IS NULL`;
  return rows.map((row) => ({
    ...row,
    recentCheckIns: row.recentCheckIns.map((ci) => ({
      occurredAt: new Date(ci.occurredAt),
      contactIds: ci.contactIds,
    })),
  }));
}

export type PipelineStage = { stage: string; count: number; monthlyValue: number };

export function readGrowthPipeline(tx: TenantTx, agencyId: string): Promise<PipelineStage[]> {
  return tx.$queryRaw<PipelineStage[]>`
    SELECT o."stage"::text AS "stage", count(*)::int AS "count",
           coalesce(sum(o."estimatedMonthlyValue"), 0)::float8 AS "monthlyValue"
    FROM "Opportunity" o
    WHERE o."agencyId" = ${agencyId}::uuid
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
