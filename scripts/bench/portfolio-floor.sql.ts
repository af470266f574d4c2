/**
 * The practical floor for the dashboard: ONE hand-written SQL statement that computes the dashboard's six headline
 * figures (accounts, AMs, monthly value, revenue at risk, overdue check-ins, off-track projects) and the other figures
 * SQL expresses directly (per-AM load and weighted load, recency buckets, project status counts, revenue by tier,
 * pipeline by stage). Issue 12 asks the floor to compute the same headline figures as the app, so it scores every
 * account's health (revenue at risk counts accounts in the at-risk band) with the rules of
 * lib/domain/portfolio/health.ts. It reads what the app reads, the trigger-kept rollups included (AccountRollup,
 * KpiLatestMeasurement). It writes no signal reasons and ranks nothing, so the floor stays generous: the app does
 * strictly more work than this.
 * $1 the agency, $2 today's UTC calendar date ('YYYY-MM-DD'): "days since" counts UTC calendar days (dates.ts).
 */
import type { Dashboard } from "../../lib/domain/portfolio/dashboard";

export const PORTFOLIO_FLOOR_SQL = `
WITH ag AS (
  SELECT "cadenceTier1Days" AS c1, "cadenceTier2Days" AS c2, "cadenceTier3Days" AS c3,
         "healthWeightRecency"::float8 AS wr, "healthWeightSentiment"::float8 AS ws,
         "healthWeightDelivery"::float8 AS wd, "healthWeightKpi"::float8 AS wk
  FROM "Agency" WHERE "id" = $1
), am AS (
  SELECT m."id" FROM "Membership" m WHERE m."agencyId" = $1 AND m."active" AND 'AM' = ANY (m."roles")
), delivery AS (
  SELECT p."accountId",
         sum(CASE p."status" WHEN 'OFF_TRACK' THEN 0 WHEN 'AT_RISK' THEN 50 WHEN 'ON_HOLD' THEN 60 ELSE 100 END
             * CASE p."status" WHEN 'OFF_TRACK' THEN 2 ELSE 1 END)::float8
         / sum(CASE p."status" WHEN 'OFF_TRACK' THEN 2 ELSE 1 END) AS v
  FROM "Project" p WHERE p."agencyId" = $1 AND p."archivedAt" IS NULL AND p."status" <> 'DONE' GROUP BY 1
), kpi AS (
  SELECT k."accountId", avg(CASE
           WHEN k."direction" = 'HIGHER_IS_BETTER' THEN CASE WHEN l."value" >= k."target" THEN 100
             WHEN k."target" <= 0 THEN 0 ELSE greatest(0, (l."value"::float8 / k."target"::float8) * 100) END
           ELSE CASE WHEN l."value" <= k."target" THEN 100
             WHEN k."target" <= 0 THEN 0 ELSE (k."target"::float8 / l."value"::float8) * 100 END END) AS v
  FROM "Kpi" k JOIN "KpiLatestMeasurement" l ON l."agencyId" = k."agencyId" AND l."kpiId" = k."id"
  WHERE k."agencyId" = $1 AND k."accountId" IS NOT NULL AND k."archivedAt" IS NULL GROUP BY 1
), acc AS (
  SELECT a."id", a."amId", a."status", a."monthlyValue", c."tier",
         CASE a."complexity" WHEN 'LOW' THEN 0.5 WHEN 'STANDARD' THEN 1 ELSE 1.5 END AS w,
         CASE c."tier" WHEN 'TIER_1' THEN ag.c1 WHEN 'TIER_2' THEN ag.c2 ELSE ag.c3 END AS days,
         greatest(0, $2::date - r."lastCheckInAt"::date) AS since,
         -- the newest three sentiments (health-components.ts SENTIMENT_WINDOW), newest first
         least(cardinality(r."recentSentiments"), 3) AS n_sent,
         coalesce(r."recentSentiments"[1], 0) + coalesce(r."recentSentiments"[2], 0)
           + coalesce(r."recentSentiments"[3], 0) AS sum_sent,
         delivery.v AS vd, kpi.v AS vk, ag.wr, ag.ws, ag.wd, ag.wk
  FROM "Account" a
  JOIN "Client" c ON c."agencyId" = a."agencyId" AND c."id" = a."clientId"
  LEFT JOIN "AccountRollup" r ON r."agencyId" = a."agencyId" AND r."accountId" = a."id"
  LEFT JOIN delivery ON delivery."accountId" = a."id"
  LEFT JOIN kpi ON kpi."accountId" = a."id"
  CROSS JOIN ag
  WHERE a."agencyId" = $1 AND a."archivedAt" IS NULL AND a."status" IN ('ACTIVE', 'AT_RISK')
), components AS (
  SELECT acc.*,
         CASE WHEN since IS NULL THEN NULL WHEN since <= days THEN 100
              ELSE greatest(0, (100 * (3 * days - since))::float8 / (2 * days)) END AS vr,
         CASE WHEN n_sent > 0 THEN least(100, greatest(0, ((sum_sent::float8 / n_sent - 1) / 4) * 100)) END AS vs
  FROM acc
), scored AS (
  -- health.ts scoreWith: the weighted mean of the present components, Math.round (half up, hence floor(x + 0.5))
  SELECT components.*,
         CASE WHEN total > 0 THEN floor(weighted / total + 0.5) END AS score
  FROM (SELECT components.*,
               coalesce(vr * wr, 0) + coalesce(vs * ws, 0) + coalesce(vd * wd, 0) + coalesce(vk * wk, 0) AS weighted,
               CASE WHEN vr IS NULL THEN 0 ELSE wr END + CASE WHEN vs IS NULL THEN 0 ELSE ws END
               + CASE WHEN vd IS NULL THEN 0 ELSE wd END + CASE WHEN vk IS NULL THEN 0 ELSE wk END AS total
        FROM components) components
), shown AS (
  SELECT scored.* FROM scored JOIN am ON am."id" = scored."amId"
), am_load AS (
  SELECT am."id", count(shown."id") AS load, coalesce(sum(shown.w), 0) AS weighted
  FROM am LEFT JOIN shown ON shown."amId" = am."id" GROUP BY am."id"
)
SELECT
  (SELECT json_agg(am_load) FROM am_load) AS ams,
  (SELECT count(*) FROM shown) AS accounts,
  (SELECT count(*) FROM am) AS am_count,
  (SELECT coalesce(sum("monthlyValue"), 0)::float8 FROM shown) AS monthly_value,
  (SELECT coalesce(sum("monthlyValue"), 0)::float8 FROM shown WHERE score < 60 OR "status" = 'AT_RISK') AS revenue_at_risk,
  (SELECT count(*) FROM scored WHERE since IS NULL OR since > days) AS overdue,
  (SELECT count(*) FROM "Project" p JOIN shown ON shown."id" = p."accountId"
   WHERE p."agencyId" = $1 AND p."archivedAt" IS NULL AND p."status" = 'OFF_TRACK') AS off_track,
  (SELECT json_object_agg(bucket, n) FROM (
     SELECT CASE WHEN since IS NULL THEN 'never' WHEN since <= days THEN 'within' WHEN since <= 2 * days THEN '2x'
                 WHEN since <= 3 * days THEN '3x' ELSE 'beyond' END AS bucket, count(*) AS n
     FROM shown GROUP BY 1) b) AS recency,
  (SELECT json_object_agg("status", n) FROM (
     SELECT p."status", count(*) AS n FROM "Project" p JOIN shown ON shown."id" = p."accountId"
     WHERE p."agencyId" = $1 AND p."archivedAt" IS NULL GROUP BY 1) s) AS projects,
  (SELECT json_object_agg("tier", v) FROM (SELECT "tier", sum("monthlyValue") AS v FROM shown GROUP BY 1) t) AS revenue_by_tier,
  (SELECT json_object_agg("stage", v) FROM (
     SELECT o."stage", sum(o."estimatedMonthlyValue") AS v FROM "Opportunity" o WHERE o."agencyId" = $1 GROUP BY 1) o) AS pipeline
`;

/** The floor's headline row, named as the app's. */
export function floorHeadline(row: Record<string, unknown>): Dashboard["headline"] {
  return {
    accounts: Number(row.accounts),
    ams: Number(row.am_count),
    monthlyValue: Number(row.monthly_value),
    revenueAtRisk: Number(row.revenue_at_risk),
    overdueCheckIns: Number(row.overdue),
    offTrackProjects: Number(row.off_track),
  };
}
