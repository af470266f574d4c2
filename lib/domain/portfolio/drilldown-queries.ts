import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import { kpiAttainment } from "./health-components";
import type { TrendAccount } from "./load-trend";
import { compareNames } from "./text";
import type { AccountStatus, ClientStatus, ClientTier, Complexity, KpiDirection, ProjectStatus } from "./types";

/**
 * Reads for the drill-down pages: one account manager (/[agency]/portfolio/ams/[id]) and one account
 * (/[agency]/accounts/[id]). Each read is ONE statement with explicit columns and agencyId in every where, joins
 * included (row-level security enforces the same scope again); per-row details (attendees, the latest project update,
 * the last 12 KPI measurements, a plan's opportunities and actions) are aggregated in SQL with LATERAL joins and
 * json_agg, so a page costs a fixed handful of queries however long its lists are, and history is bounded in SQL.
 * Decimals become numbers here, as in queries.ts. Callers pass UUIDs (isUuid) and get null or [] for anything that
 * is not in the scoped agency.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

export const KPI_HISTORY = 12;
export const CHECK_IN_LIMIT = 20;

/** A date column rendered by to_char(…, 'YYYY-MM-DD') inside JSON, back to midnight UTC. */
const day = (value: string | null) => (value === null ? null : new Date(`${value}T00:00:00.000Z`));

// ---------------------------------------------------------------- account manager

export type AmHeader = { id: string; name: string; email: string; roles: string[]; active: boolean };

/** The membership if it belongs to this agency and holds the AM role (roles filtered in JS, as PGlite needs). */
export async function readAmHeader(tx: TenantTx, agencyId: string, membershipId: string): Promise<AmHeader | null> {
  const [row] = await tx.$queryRaw<AmHeader[]>`
    SELECT m."id", u."name", u."email", m."roles"::text[] AS "roles", m."active"
    FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."agencyId" = ${agencyId}::uuid AND m."id" = ${membershipId}::uuid`;
  return row && row.roles.includes("AM") ? row : null;
}

/** Every account the AM owns now, archived ones included, with the dates the load trend needs. */
export function readAmAccountHistory(tx: TenantTx, agencyId: string, amId: string): Promise<TrendAccount[]> {
  return tx.account.findMany({
    where: { agencyId, amId },
    select: { status: true, complexity: true, startDate: true, archivedAt: true },
  });
}

// ---------------------------------------------------------------- KPIs (of a member or of an account)

export type KpiView = {
  id: string;
  name: string;
  unit: string;
  target: number;
  direction: KpiDirection;
  cadence: string;
  latest: { value: number; periodStart: Date } | null;
  /** 0–100 (capped), as the health score counts it; null when never measured. */
  attainment: number | null;
  /** The last KPI_HISTORY measurements, oldest first. */
  history: { id: string; periodStart: Date; value: number; note: string | null }[];
};

type KpiRow = Omit<KpiView, "latest" | "attainment" | "history"> & {
  history: { id: string; periodStart: string; value: number; note: string | null }[];
};

async function readKpis(tx: TenantTx, agencyId: string, owner: Prisma.Sql): Promise<KpiView[]> {
  const rows = await tx.$queryRaw<KpiRow[]>`
    SELECT k."id", k."name", k."unit", k."target"::float8 AS "target", k."direction"::text AS "direction",
           k."cadence"::text AS "cadence", coalesce(h."history", '[]'::json) AS "history"
    FROM "Kpi" k
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('id', last."id", 'periodStart', to_char(last."periodStart", 'YYYY-MM-DD'),
                                        'value', last."value", 'note', last."note")
                      ORDER BY last."periodStart") AS "history"
      FROM (SELECT km."id", km."periodStart", km."value"::float8 AS "value", km."note" FROM "KpiMeasurement" km
            WHERE km."agencyId" = k."agencyId" AND km."kpiId" = k."id"
            ORDER BY km."periodStart" DESC LIMIT ${KPI_HISTORY}) last
    ) h ON true
    WHERE k."agencyId" = ${agencyId}::uuid AND ${owner} AND k."archivedAt" IS NULL
    ORDER BY k."name", k."id"`;
  return rows.map((row) => {
    const history = row.history.map((m) => ({ ...m, periodStart: day(m.periodStart) as Date }));
    const last = history.at(-1);
    const latest = last ? { value: last.value, periodStart: last.periodStart } : null;
    const attainment = latest
      ? kpiAttainment({ target: row.target, direction: row.direction, value: latest.value })
      : null;
    return { ...row, latest, attainment, history };
  });
}

export const readMemberKpis = (tx: TenantTx, agencyId: string, membershipId: string) =>
  readKpis(tx, agencyId, Prisma.sql`k."membershipId" = ${membershipId}::uuid`);
export const readAccountKpis = (tx: TenantTx, agencyId: string, accountId: string) =>
  readKpis(tx, agencyId, Prisma.sql`k."accountId" = ${accountId}::uuid`);

// ---------------------------------------------------------------- account

export type AccountHeader = {
  id: string;
  name: string;
  kind: "RETAINER" | "PROJECT";
  status: AccountStatus;
  complexity: Complexity;
  monthlyValue: number;
  startDate: Date;
  renewalDate: Date | null;
  archivedAt: Date | null;
  client: { id: string; name: string; tier: ClientTier; status: ClientStatus; industry: string | null };
  am: { id: string; name: string };
};

type AccountHeaderRow = Omit<AccountHeader, "client" | "am"> & {
  clientId: string;
  clientName: string;
  tier: ClientTier;
  clientStatus: ClientStatus;
  industry: string | null;
  amId: string;
  amName: string;
};

export async function readAccountHeader(tx: TenantTx, agencyId: string, accountId: string) {
  const [row] = await tx.$queryRaw<AccountHeaderRow[]>`
    SELECT a."id", a."name", a."kind"::text AS "kind", a."status"::text AS "status",
           a."complexity"::text AS "complexity", a."monthlyValue"::float8 AS "monthlyValue",
           a."startDate", a."renewalDate", a."archivedAt",
           c."id" AS "clientId", c."name" AS "clientName", c."tier"::text AS "tier",
           c."status"::text AS "clientStatus", c."industry", a."amId", u."name" AS "amName"
    FROM "Account" a
    JOIN "Client" c ON c."agencyId" = ${agencyId}::uuid AND c."id" = a."clientId"
    JOIN "Membership" m ON m."agencyId" = ${agencyId}::uuid AND m."id" = a."amId"
    JOIN "User" u ON u."id" = m."userId"
    WHERE a."agencyId" = ${agencyId}::uuid AND a."id" = ${accountId}::uuid`;
  if (!row) return null;
  const { clientId, clientName, tier, clientStatus, industry, amId, amName, ...account } = row;
  return {
    ...account,
    client: { id: clientId, name: clientName, tier, status: clientStatus, industry },
    am: { id: amId, name: amName },
  } satisfies AccountHeader;
}

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

/** The newest check-ins, newest first, with the author's and the attending contacts' names. */
export async function readCheckIns(
  tx: TenantTx,
  agencyId: string,
  accountId: string,
  limit = CHECK_IN_LIMIT,
): Promise<CheckInView[]> {
  const rows = await tx.$queryRaw<CheckInView[]>`
    SELECT ci."id", ci."occurredAt", ci."channel"::text AS "channel", ci."sentiment"::int AS "sentiment",
           ci."sentimentReason"::text AS "sentimentReason", ci."summary", ci."nextSteps", ci."nextDueAt",
           u."name" AS "authorName", coalesce(att."names", '{}') AS "attendees"
    FROM "CheckIn" ci
    JOIN "Membership" m ON m."agencyId" = ${agencyId}::uuid AND m."id" = ci."authorId"
    JOIN "User" u ON u."id" = m."userId"
    LEFT JOIN LATERAL (
      SELECT array_agg(ct."name"::text) AS "names"
      FROM "CheckInContact" cc
      JOIN "Contact" ct ON ct."agencyId" = ${agencyId}::uuid AND ct."id" = cc."contactId"
      WHERE cc."agencyId" = ${agencyId}::uuid AND cc."checkInId" = ci."id"
    ) att ON true
    WHERE ci."agencyId" = ${agencyId}::uuid AND ci."accountId" = ${accountId}::uuid
    ORDER BY ci."occurredAt" DESC, ci."id"
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, attendees: [...row.attendees].sort(compareNames) }));
}

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

// Growth plans moved to their own file (growth-plan-queries.ts); re-exported for the pages that read them from here.
export {
  readGrowthPlans,
  type GrowthActionView,
  type GrowthPlanView,
  type OpportunityView,
} from "./growth-plan-queries";
