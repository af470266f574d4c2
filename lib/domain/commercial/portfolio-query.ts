import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import { inBookScope, type BookScope } from "@/lib/domain/portfolio/queries";
import { monthStart } from "./months";
import { growthWindow, type ValueEvent } from "./nrr";
import { DEFAULT_OVER_SERVICING } from "./over-servicing";
import type { CommercialAccount, CommercialSnapshot } from "./snapshot";

type Row = Omit<CommercialAccount, "usage" | "scope"> & {
  monthlyHours: number | null;
  monthlyFee: number | null;
  blendedRate: number | null;
  usage: { month: string; hours: number; absorbedHours: number }[] | null;
  events: { amId: string; at: string; kind: ValueEvent["kind"]; fromValue: number; toValue: number }[] | null;
};

/**
 * With a book scope, the value history of every account the AM holds or ever held (an event names the owner after
 * it): an AM's growth is counted over the segments of each account they held, wherever it is now.
 */
function heldInScope(agencyId: string, scope: BookScope | undefined) {
  if (!scope) return Prisma.empty;
  return Prisma.sql`AND (v."accountId" IN (
      SELECT x."id" FROM "Account" x WHERE x."agencyId" = ${agencyId}::uuid AND x."amId" = ${scope.amId}::uuid
      UNION
      SELECT h."accountId" FROM "AccountValueChange" h
      WHERE h."agencyId" = ${agencyId}::uuid AND h."amId" = ${scope.amId}::uuid))`;
}

/**
 * The portfolio's one commercial query: per account, its retainer scope, hours and absorbed scope-request hours per
 * month of the over-servicing window, and its value history over the growth window plus the last change before it.
 * Each part is a range scan of an (agencyId, date…) index; only accounts with any of them come back.
 */
export async function readCommercialSnapshot(
  tx: TenantTx,
  agencyId: string,
  today: Date,
  currency: string,
  scope?: BookScope,
): Promise<CommercialSnapshot> {
  const hoursSince = monthStart(today, 1 - DEFAULT_OVER_SERVICING.windowMonths);
  const valueSince = growthWindow(today).start;
  const rows = await tx.$queryRaw<Row[]>`
    WITH hours AS (
      SELECT t."accountId", to_char(t."workDate", 'YYYY-MM') AS "month", sum(t."hours")::float8 AS "hours"
      FROM "TimesheetEntry" t WHERE t."agencyId" = ${agencyId}::uuid AND t."workDate" >= ${hoursSince}::date
        ${inBookScope(agencyId, scope, 't."accountId"')}
      GROUP BY 1, 2
    ), absorbed AS (
      SELECT s."accountId", to_char(s."askedOn", 'YYYY-MM') AS "month", sum(s."estimateHours")::float8 AS "hours"
      FROM "ScopeRequest" s
      WHERE s."agencyId" = ${agencyId}::uuid AND s."askedOn" >= ${hoursSince}::date AND s."decision" = 'ABSORBED'
        ${inBookScope(agencyId, scope, 's."accountId"')}
      GROUP BY 1, 2
    ), usage AS (
      SELECT coalesce(h."accountId", a."accountId") AS "accountId",
             json_agg(json_build_object('month', coalesce(h."month", a."month"), 'hours', coalesce(h."hours", 0),
                                        'absorbedHours', coalesce(a."hours", 0))) AS "usage"
      FROM hours h FULL JOIN absorbed a ON a."accountId" = h."accountId" AND a."month" = h."month"
      GROUP BY 1
    ), value_rows AS (
      SELECT v."accountId", v."amId", v."changedAt", v."kind", v."fromValue", v."toValue"
      FROM "AccountValueChange" v WHERE v."agencyId" = ${agencyId}::uuid AND v."changedAt" >= ${valueSince}
        ${heldInScope(agencyId, scope)}
      UNION ALL
      SELECT * FROM (
        SELECT DISTINCT ON (v."accountId") v."accountId", v."amId", v."changedAt", v."kind", v."fromValue", v."toValue"
        FROM "AccountValueChange" v WHERE v."agencyId" = ${agencyId}::uuid AND v."changedAt" < ${valueSince}
          ${heldInScope(agencyId, scope)}
        ORDER BY v."accountId", v."changedAt" DESC
      ) last_before
    ), events AS (
      SELECT "accountId", json_agg(json_build_object('amId', "amId",
               'at', to_char("changedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'kind', "kind",
               'fromValue', "fromValue"::float8, 'toValue', "toValue"::float8) ORDER BY "changedAt") AS "events"
      FROM value_rows GROUP BY 1
    )
    SELECT a."id" AS "accountId", a."name" AS "accountName", a."clientId", c."name" AS "clientName", a."amId",
           a."archivedAt" IS NOT NULL AS "archived",
           rs."monthlyHours"::float8 AS "monthlyHours", rs."monthlyFee"::float8 AS "monthlyFee",
           rs."blendedRate"::float8 AS "blendedRate", usage."usage", events."events"
    FROM "Account" a
    JOIN "Client" c ON c."agencyId" = a."agencyId" AND c."id" = a."clientId"
    LEFT JOIN "RetainerScope" rs ON rs."agencyId" = a."agencyId" AND rs."accountId" = a."id"
    LEFT JOIN usage ON usage."accountId" = a."id"
    LEFT JOIN events ON events."accountId" = a."id"
    WHERE a."agencyId" = ${agencyId}::uuid
      ${scope ? Prisma.sql`AND (a."amId" = ${scope.amId}::uuid OR events."accountId" IS NOT NULL)` : Prisma.empty}
      AND (rs."accountId" IS NOT NULL OR usage."accountId" IS NOT NULL OR events."accountId" IS NOT NULL)`;
  const valueEvents: ValueEvent[] = [];
  const accounts = rows.map(({ monthlyHours, monthlyFee, blendedRate, usage, events, ...row }) => {
    for (const e of events ?? []) valueEvents.push({ ...e, accountId: row.accountId, at: new Date(e.at) });
    return {
      ...row,
      scope: monthlyHours !== null && monthlyFee !== null ? { monthlyHours, monthlyFee, blendedRate } : null,
      usage: usage ?? [],
    };
  });
  return { currency, accounts, valueEvents };
}
