import type { TenantTx } from "@/lib/db/tenant";
import { dayFromIso } from "@/lib/format/dates";
import { compareNames } from "@/lib/domain/portfolio/text";

export type OwnerOption = { id: string; name: string };

/** Active members of the agency, by name: who may own a growth action. */
export async function readActionOwners(tx: TenantTx, agencyId: string): Promise<OwnerOption[]> {
  const rows = await tx.membership.findMany({
    where: { agencyId, active: true },
    select: { id: true, user: { select: { name: true } } },
  });
  return rows.map((m) => ({ id: m.id, name: m.user.name })).sort((a, b) => compareNames(a.name, b.name));
}

// ---------------------------------------------------------------- an account's growth plans
// Opportunities (with the value changes won ones produced) and actions are aggregated in SQL: one statement per page.

export type OpportunityView = {
  id: string;
  serviceLine: string;
  estimatedMonthlyValue: number;
  stage: "IDEA" | "QUALIFIED" | "PROPOSED" | "WON" | "LOST";
  expectedClose: Date | null;
  /** The account value changes this (won) opportunity produced, linked from the value history (issue 16). */
  produced: { changedOn: string; change: number }[];
};
export type GrowthActionView = {
  id: string;
  title: string;
  dueDate: Date | null;
  done: boolean;
  ownerId: string;
  ownerName: string;
};
export type GrowthPlanView = {
  id: string;
  objective: string;
  periodStart: Date;
  periodEnd: Date;
  targetRevenue: number;
  status: "DRAFT" | "ACTIVE" | "ACHIEVED" | "ABANDONED";
  opportunities: OpportunityView[];
  actions: GrowthActionView[];
};

type GrowthPlanRow = Omit<GrowthPlanView, "opportunities" | "actions"> & {
  opportunities: (Omit<OpportunityView, "expectedClose"> & { expectedClose: string | null })[];
  actions: (Omit<GrowthActionView, "dueDate"> & { dueDate: string | null })[];
};

const PLAN_ORDER: readonly GrowthPlanView["status"][] = ["ACTIVE", "DRAFT", "ACHIEVED", "ABANDONED"];

/** Growth plans (active first, then the newest period) with their opportunities and actions. */
export async function readGrowthPlans(tx: TenantTx, agencyId: string, accountId: string): Promise<GrowthPlanView[]> {
  const rows = await tx.$queryRaw<GrowthPlanRow[]>`
    SELECT g."id", g."objective", g."periodStart", g."periodEnd", g."targetRevenue"::float8 AS "targetRevenue",
           g."status"::text AS "status", coalesce(opp."list", '[]'::json) AS "opportunities",
           coalesce(act."list", '[]'::json) AS "actions"
    FROM "GrowthPlan" g
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object(
               'id', o."id", 'serviceLine', o."serviceLine", 'estimatedMonthlyValue', o."estimatedMonthlyValue"::float8,
               'stage', o."stage", 'expectedClose', to_char(o."expectedClose", 'YYYY-MM-DD'),
               'produced', (SELECT coalesce(json_agg(json_build_object('changedOn', to_char(v."changedAt", 'YYYY-MM-DD'),
                                     'change', (v."toValue" - v."fromValue")::float8) ORDER BY v."changedAt", v."id"), '[]')
                            FROM "AccountValueChange" v
                            WHERE v."agencyId" = ${agencyId}::uuid AND v."opportunityId" = o."id"))
             ORDER BY o."expectedClose" ASC NULLS LAST, o."serviceLine", o."id") AS "list"
      FROM "Opportunity" o WHERE o."agencyId" = ${agencyId}::uuid AND o."growthPlanId" = g."id"
    ) opp ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object(
               'id', ga."id", 'title', ga."title", 'dueDate', to_char(ga."dueDate", 'YYYY-MM-DD'), 'done', ga."done",
               'ownerId', ga."ownerId", 'ownerName', u."name")
             ORDER BY ga."done", ga."dueDate" ASC NULLS LAST, ga."title", ga."id") AS "list"
      FROM "GrowthAction" ga
      JOIN "Membership" m ON m."agencyId" = ${agencyId}::uuid AND m."id" = ga."ownerId"
      JOIN "User" u ON u."id" = m."userId"
      WHERE ga."agencyId" = ${agencyId}::uuid AND ga."growthPlanId" = g."id"
    ) act ON true
    WHERE g."agencyId" = ${agencyId}::uuid AND g."accountId" = ${accountId}::uuid
    ORDER BY g."periodStart" DESC, g."id"`;
  return rows
    .map((plan) => ({
      ...plan,
      opportunities: plan.opportunities.map((o) => ({ ...o, expectedClose: dayFromIso(o.expectedClose) })),
      actions: plan.actions.map((a) => ({ ...a, dueDate: dayFromIso(a.dueDate) })),
    }))
    .sort((a, b) => PLAN_ORDER.indexOf(a.status) - PLAN_ORDER.indexOf(b.status));
}
