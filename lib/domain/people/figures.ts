import type { TenantTx } from "@/lib/db/tenant";

const DAY = 86_400_000;
const MONTH_DAYS = 30.44;

/**
 * The dashboard's people figures: AM departures in the last 12 months and average tenure (months) of the AMs on the
 * team now and of those who left. Two small indexed queries over the people records.
 */
export async function readPeopleFigures(tx: TenantTx, agencyId: string, today: Date) {
  const yearAgo = new Date(today.getTime() - 365 * DAY);
  const current = await tx.personProfile.findMany({
    where: { agencyId, leftAt: null, membership: { active: true, roles: { has: "AM" } } },
    select: { startedAt: true },
  });
  const left = await tx.personProfile.findMany({
    where: { agencyId, leftAt: { gte: yearAgo } },
    select: { startedAt: true, leftAt: true },
  });
  return summarizeTenure(
    current.map((p) => ({ startedAt: p.startedAt, leftAt: null })),
    left.map((p) => ({ startedAt: p.startedAt, leftAt: p.leftAt })),
    today,
  );
}

/** Pure: departures and average tenure in whole months (null when nobody is counted). */
export function summarizeTenure(
  current: readonly { startedAt: Date; leftAt: null }[],
  departed: readonly { startedAt: Date; leftAt: Date | null }[],
  today: Date,
) {
  const months = (from: Date, to: Date) => Math.max(0, (to.getTime() - from.getTime()) / DAY / MONTH_DAYS);
  const average = (values: number[]) =>
    values.length === 0 ? null : Math.round(values.reduce((s, v) => s + v, 0) / values.length);
  return {
    departures12Months: departed.length,
    averageTenureMonths: average(current.map((p) => months(p.startedAt, today))),
    averageTenureOfLeaversMonths: average(departed.map((p) => months(p.startedAt, p.leftAt ?? today))),
    currentAms: current.length,
  };
}
