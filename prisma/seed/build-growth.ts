/** KPIs (on accounts and on AM memberships) with monthly measurements, and growth plans with their pipeline. */
import { randomUUID } from "node:crypto";
import { ACCOUNT_KPIS, AM_KPIS, GROWTH_ACTIONS, GROWTH_OBJECTIVES, SERVICE_LINES } from "./copy";
import { dateDaysAgo, daysBetween, monthStart, timeDaysAgo } from "./dates";
import type { AccountPlan, BuildContext } from "./types";
import { isLive } from "./types";

type KpiDef = readonly [string, string, "HIGHER_IS_BETTER" | "LOWER_IS_BETTER", number, number];
const STAGES = ["IDEA", "QUALIFIED", "PROPOSED", "WON", "LOST"] as const;

function round(value: number, unit: string): number {
  return unit === "x" || unit === "score" || value < 20 ? Math.round(value * 100) / 100 : Math.round(value);
}

function addKpi(
  ctx: BuildContext,
  subject: { accountId: string } | { membershipId: string },
  def: KpiDef,
  months: number,
  attainment: [number, number],
  trend: number,
) {
  const { rng, clock, rows } = ctx;
  const [name, unit, direction, lo, hi] = def;
  const target = round(rng.float(lo, hi), unit);
  const id = randomUUID();
  rows.kpis.push({
    id,
    agencyId: ctx.agencyId,
    ...subject,
    name,
    unit,
    target: target.toFixed(2),
    direction,
    cadence: "MONTHLY",
  });
  // Oldest month first; `trend` moves attainment per month (negative for a slipping AM or account).
  for (let m = months; m >= 1; m--) {
    const level = rng.float(attainment[0], attainment[1]) + trend * (months - m);
    const ratio = Math.max(0.2, level);
    let value = direction === "HIGHER_IS_BETTER" ? target * ratio : target / ratio;
    if (unit === "%" && target <= 100) value = Math.min(100, value);
    if (unit === "score") value = Math.min(5, value);
    rows.kpiMeasurements.push({
      agencyId: ctx.agencyId,
      kpiId: id,
      value: round(Math.max(0, value), unit).toFixed(2),
      periodStart: monthStart(clock, m),
      note: rng.chance(0.15) ? "Includes a one-off campaign spike." : null,
    });
  }
}

export function buildKpis(ctx: BuildContext, accounts: AccountPlan[]) {
  const { rng, clock } = ctx;
  for (const account of accounts) {
    if (!isLive(account.status) || !rng.chance(0.6)) continue;
    const ageMonths = Math.floor(daysBetween(account.startDate, clock.today) / 30);
    const months = Math.max(1, Math.min(12, ageMonths));
    const band: [number, number] = account.status === "AT_RISK" ? [0.5, 0.85] : [0.75, 1.15];
    for (const def of rng.sample(ACCOUNT_KPIS, rng.int(1, 2))) {
      addKpi(ctx, { accountId: account.id }, def, months, band, account.status === "AT_RISK" ? -0.02 : 0.005);
    }
  }
  for (const am of ctx.ams) {
    const slipping = am.spec.expect === "OVERLOADED";
    for (const def of rng.sample(AM_KPIS, 2)) {
      addKpi(
        ctx,
        { membershipId: am.id },
        def,
        rng.int(6, 12),
        slipping ? [0.8, 0.95] : [0.9, 1.1],
        slipping ? -0.01 : 0,
      );
    }
  }
}

export function buildGrowthPlans(ctx: BuildContext, accounts: AccountPlan[]) {
  const { rng } = ctx;
  const tier1 = accounts.filter((a) => isLive(a.status) && a.client.tier === "TIER_1");
  // Most TIER_1 accounts have an ACTIVE plan; at least one does not ("no growth plan" signal).
  const withoutPlan = new Set(rng.sample(tier1, Math.max(1, Math.round(tier1.length * 0.35))).map((a) => a.id));
  const stagesSeen = new Set<string>();
  for (const account of accounts) {
    if (!isLive(account.status)) continue;
    if (account.client.tier === "TIER_1" && !withoutPlan.has(account.id)) addPlan(ctx, account, "ACTIVE", stagesSeen);
    else if (account.client.tier === "TIER_2" && rng.chance(0.2))
      addPlan(ctx, account, rng.chance(0.5) ? "DRAFT" : "ACTIVE", stagesSeen);
    // History: last year's plans, reached or given up.
    if (account.client.tier !== "TIER_3" && daysBetween(account.startDate, ctx.clock.today) > 400 && rng.chance(0.3)) {
      addPlan(ctx, account, rng.chance(0.6) ? "ACHIEVED" : "ABANDONED", stagesSeen);
    }
  }
  // Every opportunity stage appears in every agency.
  const missing = STAGES.filter((s) => !stagesSeen.has(s));
  const activePlans = new Set(ctx.rows.growthPlans.filter((p) => p.status === "ACTIVE").map((p) => p.id));
  const open = ctx.rows.opportunities.filter((o) => activePlans.has(o.growthPlanId));
  for (const stage of missing) {
    const counts = new Map<string, number>();
    for (const o of ctx.rows.opportunities) counts.set(String(o.stage), (counts.get(String(o.stage)) ?? 0) + 1);
    const donor = open.find((o) => (counts.get(String(o.stage)) ?? 0) > 1);
    if (donor) donor.stage = stage;
  }
}

function addPlan(
  ctx: BuildContext,
  account: AccountPlan,
  status: "DRAFT" | "ACTIVE" | "ACHIEVED" | "ABANDONED",
  stagesSeen: Set<string>,
) {
  const { rng, clock, rows } = ctx;
  const past = status === "ACHIEVED" || status === "ABANDONED";
  const startAgo = past ? rng.int(380, 420) : rng.int(15, 150);
  const periodStart = dateDaysAgo(clock, startAgo);
  const periodEnd = dateDaysAgo(clock, startAgo - 364);
  const value = Number(ctx.rows.accounts.find((a) => a.id === account.id)?.monthlyValue ?? 5000);
  const id = randomUUID();
  rows.growthPlans.push({
    id,
    agencyId: ctx.agencyId,
    accountId: account.id,
    objective: rng.pick(GROWTH_OBJECTIVES),
    periodStart,
    periodEnd,
    targetRevenue: (Math.round((value * 12 * rng.float(0.15, 0.4)) / 1000) * 1000).toFixed(2),
    status,
    createdAt: timeDaysAgo(clock, startAgo + 5),
    updatedAt: timeDaysAgo(clock, past ? startAgo - 364 : rng.int(1, 14)),
  });
  for (const serviceLine of rng.sample(SERVICE_LINES, rng.int(1, 4))) {
    const stage = past
      ? status === "ACHIEVED"
        ? rng.weighted([
            ["WON", 3],
            ["LOST", 1],
          ] as const)
        : "LOST"
      : rng.weighted([
          ["IDEA", 3],
          ["QUALIFIED", 3],
          ["PROPOSED", 2],
          ["WON", 1],
          ["LOST", 1],
        ] as const);
    stagesSeen.add(stage);
    rows.opportunities.push({
      id: randomUUID(),
      agencyId: ctx.agencyId,
      growthPlanId: id,
      serviceLine,
      estimatedMonthlyValue: (Math.round(rng.int(1_000, 12_000) / 250) * 250).toFixed(2),
      stage,
      expectedClose: dateDaysAgo(clock, past ? rng.int(370, 420) - 300 : -rng.int(10, 150)),
    });
  }
  const owners = [account.am.id, account.am.id, ctx.leader.id];
  for (const title of rng.sample(GROWTH_ACTIONS, rng.int(2, 4))) {
    const dueAgo = past ? rng.int(60, 300) : rng.int(-60, 30);
    const done = past || (dueAgo > 0 && rng.chance(0.7)) || rng.chance(0.15);
    rows.growthActions.push({
      id: randomUUID(),
      agencyId: ctx.agencyId,
      growthPlanId: id,
      ownerId: rng.pick(owners),
      title,
      dueDate: dateDaysAgo(clock, dueAgo),
      done,
      doneAt: done ? timeDaysAgo(clock, Math.max(1, dueAgo + rng.int(-3, 5))) : null,
    });
  }
}
