/** Set-based INSERTs for check-ins (+ attendees), projects (+ updates), KPIs (+ measurements) and growth plans. */
import type { Step } from "./people";
import { rules, type TenantPlan } from "./plan";
import { buckets, pickText, sid, u } from "./sql";

const SUMMARIES = [
  "Monthly review: results ahead of plan, client happy with the new creative.",
  "Status call: deliverables on track, approvals pending on the client side.",
  "Quarterly planning: agreed priorities and a possible new workstream.",
  "Results flat month on month; agreed to test a new audience.",
  "Client raised concerns about slow replies from the team.",
  "Difficult call: results below target and budget under review.",
];
const NEXT_STEPS = [
  "Send the revised timeline.",
  "Share the performance deck.",
  "Confirm budget for next quarter.",
  "Follow up on approvals.",
];
const REASONS = ["DELIVERY", "BUDGET", "COMMUNICATION", "RESULTS", "STAFFING", "STRATEGY", "OTHER"];

export function activitySteps(p: TenantPlan, agencyId: string): Step[] {
  const r = rules(p);
  const { id, t0 } = r;
  const ag = `'${agencyId}'::uuid`;
  // Check-in j belongs to account ((j-1) % A) + 1 and is that account's k-th most recent; spread over three years.
  const perAccount = Math.ceil(p.checkIns / p.accounts);
  const gapDays = (1095 / perAccount).toFixed(3);
  const ordinal = `CROSS JOIN LATERAL (SELECT (j - 1) % ${p.accounts} + 1 AS a, (j - 1) / ${p.accounts} AS k) o`;
  const sentiment = `(CASE WHEN ${u("j", 43)} < 0.03 THEN 1 WHEN ${u("j", 43)} < 0.12 THEN 2 WHEN ${u("j", 43)} < 0.35 THEN 3
                           WHEN ${u("j", 43)} < 0.75 THEN 4 ELSE 5 END)`;
  const percent = (pr: string, st: string) =>
    `(CASE ${st} WHEN 'DONE' THEN 100 WHEN 'NOT_STARTED' THEN 0 ELSE floor(10 + ${u(pr, 33)} * 80)::int END)`;
  const budget = (pr: string) => `round((8000 + ${u(pr, 34)} * 112000)::numeric, -2)`;
  const burn = (pr: string, st: string) =>
    `(CASE ${st} WHEN 'OFF_TRACK' THEN 1.45 WHEN 'AT_RISK' THEN 1.15 ELSE 0.95 END) * (0.9 + ${u(pr, 35)} * 0.2)`;
  const spent = (pr: string, st: string) =>
    `round((${budget(pr)} * ${percent(pr, st)} / 100.0 * ${burn(pr, st)})::numeric, 2)`;
  return [
    {
      table: "CheckIn",
      // Per-account values (ids, author, cadence, offset) are computed once per account, not once per check-in.
      sql: `WITH acc AS MATERIALIZED (
              SELECT a, ${id("account", "a")} AS account_id, ${id("m-am", r.amOf("a"))} AS author_id,
                     ${r.cadenceOf(r.clientOf("a"))} AS cadence, floor(${u("a", 42)} * 1.25 * ${r.cadenceOf(r.clientOf("a"))}) AS offset_days
              FROM generate_series(1, ${p.accounts}) a
            )
            INSERT INTO "CheckIn" (id, "agencyId", "accountId", "authorId", "occurredAt", channel, sentiment, "sentimentReason",
                                   summary, "nextSteps", "nextDueAt", "createdAt")
            SELECT ${id("checkin", "j")}, ${ag}, acc.account_id, acc.author_id, at,
                   ${buckets(
                     [
                       ["CALL", 35],
                       ["MEETING", 25],
                       ["EMAIL", 15],
                       ["QBR", 5],
                       ["CHAT", 15],
                       ["OTHER", 5],
                     ],
                     u("j", 44),
                     `"CheckInChannel"`,
                   )},
                   s, CASE WHEN s <= 3 THEN (${pickText(REASONS, "j")})::"SentimentReason" END,
                   ${pickText(SUMMARIES, "j * 5 + s")}, CASE WHEN j % 4 <> 0 THEN ${pickText(NEXT_STEPS, "j")} END,
                   at + acc.cadence * interval '1 day', at
            FROM generate_series(1, ${p.checkIns}) j ${ordinal}
            JOIN acc ON acc.a = o.a
            CROSS JOIN LATERAL (SELECT
              ${t0} - ((acc.offset_days + o.k * ${gapDays}) * interval '1 day')
                    - ${u("j", 41)} * interval '9 hours' AS at,
              ${sentiment} AS s) x`,
    },
    {
      table: "CheckInContact",
      sql: `INSERT INTO "CheckInContact" ("agencyId", "checkInId", "contactId")
            SELECT ${ag}, ${id("checkin", "j")}, ${id("contact", `(${r.clientOf("o.a")} - 1) * 3 + 1 + j % 3`)}
            FROM generate_series(1, ${p.checkIns}) j ${ordinal} WHERE j % 5 <> 0`,
    },
    {
      table: "Project",
      sql: `INSERT INTO "Project" (id, "agencyId", "accountId", "pmId", name, status, "startDate", "dueDate", budget, spent,
                                   "percentComplete", version, "lastStatusAt", "createdAt", "updatedAt")
            SELECT ${id("project", "pr")}, ${ag}, ${id("account", "pr")}, ${id("m-pm", `1 + pr % ${p.pms}`)}, 'Project ' || pr, st,
                   (${t0} - (ago + 60) * interval '1 day')::date, (${t0} + (30 - ago) * interval '1 day')::date,
                   ${budget("pr")}, ${spent("pr", "st")}, ${percent("pr", "st")},
                   CASE WHEN st = 'NOT_STARTED' THEN 1 ELSE 4 END, ${t0} - ago * interval '1 day',
                   ${t0} - (ago + 65) * interval '1 day', ${t0} - ago * interval '1 day'
            FROM generate_series(1, ${p.accounts}) pr
            CROSS JOIN LATERAL (SELECT ${r.projectStatus("pr")} AS st, ${r.projectLastAgo("pr")} AS ago) x`,
    },
    {
      table: "ProjectUpdate",
      sql: `INSERT INTO "ProjectUpdate" (id, "agencyId", "projectId", "authorId", "fromStatus", "toStatus", "percentComplete",
                                         spent, note, version, "createdAt")
            SELECT ${sid(p.slug, "update", "pr * 4 + v")}, ${ag}, ${id("project", "pr")}, ${id("m-pm", `1 + pr % ${p.pms}`)},
                   (CASE v WHEN 1 THEN 'NOT_STARTED' WHEN 2 THEN 'ON_TRACK' ELSE mid END)::"ProjectStatus",
                   (CASE v WHEN 1 THEN 'ON_TRACK' WHEN 2 THEN mid ELSE st::text END)::"ProjectStatus",
                   (${percent("pr", "st")} * v / 3), round(${spent("pr", "st")} * v / 3, 2), 'Status update ' || v, v + 1,
                   ${t0} - (ago + (3 - v) * 10) * interval '1 day'
            FROM generate_series(1, ${p.accounts}) pr
            CROSS JOIN LATERAL (SELECT ${r.projectStatus("pr")} AS st, ${r.projectLastAgo("pr")} AS ago,
              CASE WHEN ${u("pr", 36)} < 0.7 THEN 'ON_TRACK' ELSE 'AT_RISK' END AS mid) x
            CROSS JOIN generate_series(1, 3) v
            WHERE st <> 'NOT_STARTED'`,
    },
    {
      table: "Kpi",
      sql: `INSERT INTO "Kpi" (id, "agencyId", "accountId", "membershipId", name, unit, target, direction, cadence, "createdAt", "updatedAt")
            SELECT ${id("kpi-a", "a")}, ${ag}, ${id("account", "a")}, NULL, d.name, d.unit, d.target, d.dir::"KpiDirection", 'MONTHLY'::"Cadence", ${t0}, ${t0}
            FROM generate_series(1, ${p.accounts}) a
            JOIN (VALUES (0, 'Qualified leads', 'leads', 200, 'HIGHER_IS_BETTER'), (1, 'Cost per lead', 'USD', 75, 'LOWER_IS_BETTER'),
                         (2, 'Organic sessions', 'sessions', 25000, 'HIGHER_IS_BETTER'), (3, 'Conversion rate', '%', 3, 'HIGHER_IS_BETTER'))
                 d(i, name, unit, target, dir) ON d.i = a % 4
            WHERE a % 5 < 3
            UNION ALL
            SELECT ${id("kpi-m", "(m - 1) * 2 + d.i")}, ${ag}, NULL, ${id("m-am", "m")}, d.name, d.unit, d.target, 'HIGHER_IS_BETTER'::"KpiDirection", 'MONTHLY'::"Cadence", ${t0}, ${t0}
            FROM generate_series(1, ${p.ams}) m
            CROSS JOIN (VALUES (1, 'Net revenue retention', '%', 105), (2, 'Upsell revenue', 'USD', 15000)) d(i, name, unit, target)`,
    },
    {
      table: "KpiMeasurement",
      sql: `INSERT INTO "KpiMeasurement" (id, "agencyId", "kpiId", value, "periodStart", "createdAt")
            SELECT ${sid(p.slug, "kpim", "k.id::text || ':' || m")}, ${ag}, k.id,
                   round(k.target * (0.7 + 0.5 * ${u("hashtext(k.id::text) # m", 51)})::numeric, 2),
                   (date_trunc('month', ${t0}) - m * interval '1 month')::date, ${t0}
            FROM "Kpi" k CROSS JOIN generate_series(1, 12) m WHERE k."agencyId" = ${ag}`,
    },
    {
      table: "GrowthPlan",
      sql: `INSERT INTO "GrowthPlan" (id, "agencyId", "accountId", objective, "periodStart", "periodEnd", "targetRevenue", status, "createdAt", "updatedAt")
            SELECT ${id("plan", "a")}, ${ag}, ${id("account", "a")}, 'Grow the account into a full-funnel partnership',
                   (${t0} - interval '60 days')::date, (${t0} + interval '305 days')::date, round((20000 + ${u("a", 61)} * 80000)::numeric, -3),
                   (CASE WHEN tier = 'TIER_1' THEN 'ACTIVE' WHEN a % 20 = 0 THEN 'DRAFT' ELSE 'ACHIEVED' END)::"GrowthPlanStatus", ${t0}, ${t0}
            FROM generate_series(1, ${p.accounts}) a CROSS JOIN LATERAL (SELECT ${r.tierOf(r.clientOf("a"))} AS tier) x
            WHERE (tier = 'TIER_1' AND a % 3 <> 0) OR (tier = 'TIER_2' AND a % 10 = 0)`,
    },
    {
      table: "Opportunity",
      sql: `INSERT INTO "Opportunity" (id, "agencyId", "growthPlanId", "serviceLine", "estimatedMonthlyValue", stage, "expectedClose", "createdAt", "updatedAt")
            SELECT ${sid(p.slug, "opp", "g.id::text || ':' || o")}, ${ag}, g.id,
                   ${pickText(["Paid social", "SEO & content", "Video production", "Email & CRM", "Web development"], "(hashtext(g.id::text) & 1023) + o")},
                   round((1000 + ${u("hashtext(g.id::text) # o", 62)} * 11000)::numeric, -2),
                   ${buckets(
                     [
                       ["IDEA", 3],
                       ["QUALIFIED", 3],
                       ["PROPOSED", 2],
                       ["WON", 1],
                       ["LOST", 1],
                     ],
                     u("hashtext(g.id::text) # o", 63),
                     `"OpportunityStage"`,
                   )},
                   (${t0} + (o * 30) * interval '1 day')::date, ${t0}, ${t0}
            FROM "GrowthPlan" g CROSS JOIN generate_series(1, 2) o WHERE g."agencyId" = ${ag}`,
    },
    {
      table: "GrowthAction",
      sql: `INSERT INTO "GrowthAction" (id, "agencyId", "growthPlanId", "ownerId", title, "dueDate", done, "doneAt", "createdAt", "updatedAt")
            SELECT ${sid(p.slug, "action", "g.id::text || ':' || n")}, ${ag}, g.id, a."amId",
                   ${pickText(["Map the decision makers", "Send a proposal", "Quarterly business review", "Discovery workshop"], "n")},
                   (${t0} + ((n - 1) * 30 - 15) * interval '1 day')::date, n = 1, CASE WHEN n = 1 THEN ${t0} - interval '10 days' END, ${t0}, ${t0}
            FROM "GrowthPlan" g JOIN "Account" a ON a."agencyId" = g."agencyId" AND a.id = g."accountId"
            CROSS JOIN generate_series(1, 2) n WHERE g."agencyId" = ${ag}`,
    },
  ];
}
