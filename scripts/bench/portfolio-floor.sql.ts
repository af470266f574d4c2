/**
 * The practical floor for the dashboard: ONE hand-written SQL statement that computes the figures the dashboard shows
 * that SQL can express directly (per-AM load and weighted load, headline counts and money, recency buckets, project
 * status counts, revenue by tier, pipeline by stage). It skips the health score and the signals' reasons, so the
 * floor is generous: the app does strictly more work than this.
 */
export const PORTFOLIO_FLOOR_SQL = `
WITH acc AS (
  SELECT a."id", a."amId", a."monthlyValue", c."tier",
         CASE a."complexity" WHEN 'LOW' THEN 0.5 WHEN 'STANDARD' THEN 1 ELSE 1.5 END AS w,
         (SELECT max(ci."occurredAt") FROM "CheckIn" ci WHERE ci."agencyId" = a."agencyId" AND ci."accountId" = a."id") AS last_at
  FROM "Account" a JOIN "Client" c ON c."agencyId" = a."agencyId" AND c."id" = a."clientId"
  WHERE a."agencyId" = $1 AND a."archivedAt" IS NULL AND a."status" IN ('ACTIVE', 'AT_RISK')
), cadence AS (
  SELECT acc.*, CASE acc."tier" WHEN 'TIER_1' THEN ag."cadenceTier1Days" WHEN 'TIER_2' THEN ag."cadenceTier2Days"
                ELSE ag."cadenceTier3Days" END AS days,
         (current_date - acc.last_at::date) AS since
  FROM acc CROSS JOIN "Agency" ag WHERE ag."id" = $1
), am AS (
  SELECT m."id", count(acc."id") AS load, coalesce(sum(acc.w), 0) AS weighted
  FROM "Membership" m LEFT JOIN acc ON acc."amId" = m."id"
  WHERE m."agencyId" = $1 AND m."active" AND 'AM' = ANY (m."roles") GROUP BY m."id"
)
SELECT
  (SELECT json_agg(am) FROM am) AS ams,
  (SELECT count(*) FROM acc) AS accounts,
  (SELECT sum("monthlyValue") FROM acc) AS monthly_value,
  (SELECT count(*) FROM cadence WHERE last_at IS NULL OR since > days) AS overdue,
  (SELECT json_object_agg(bucket, n) FROM (
     SELECT CASE WHEN last_at IS NULL THEN 'never' WHEN since <= days THEN 'within' WHEN since <= 2 * days THEN '2x'
                 WHEN since <= 3 * days THEN '3x' ELSE 'beyond' END AS bucket, count(*) AS n
     FROM cadence GROUP BY 1) b) AS recency,
  (SELECT json_object_agg("status", n) FROM (
     SELECT p."status", count(*) AS n FROM "Project" p
     WHERE p."agencyId" = $1 AND p."archivedAt" IS NULL AND p."accountId" IN (SELECT "id" FROM acc) GROUP BY 1) s) AS projects,
  (SELECT json_object_agg("tier", v) FROM (SELECT "tier", sum("monthlyValue") AS v FROM acc GROUP BY 1) t) AS revenue_by_tier,
  (SELECT json_object_agg("stage", v) FROM (
     SELECT o."stage", sum(o."estimatedMonthlyValue") AS v FROM "Opportunity" o WHERE o."agencyId" = $1 GROUP BY 1) o) AS pipeline
`;
