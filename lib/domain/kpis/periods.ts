/**
 * KPI periods. A measurement belongs to the period its date falls in, by the KPI's cadence: the Monday of the week,
 * the first of the month, or the first of the quarter (UTC). Storing the period's first day makes "one measurement per
 * KPI and period" a plain unique key, so recording twice in one month corrects the value instead of adding a point.
 * Pure, no I/O.
 */
import { formatDay, formatMonth } from "@/lib/format/dates";
export const CADENCES = ["WEEKLY", "MONTHLY", "QUARTERLY"] as const;
export type KpiCadence = (typeof CADENCES)[number];

const DAY_MS = 86_400_000;

/** The first day of the period containing `day` (YYYY-MM-DD in, YYYY-MM-DD out). */
export function periodStartFor(cadence: KpiCadence, day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  if (cadence === "MONTHLY") return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
  if (cadence === "QUARTERLY") return new Date(Date.UTC(year, month - (month % 3), 1)).toISOString().slice(0, 10);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** How a period reads: "Dec 2026", "Q4 2026", "week of 30 Nov 2026". */
export function periodLabel(cadence: KpiCadence | string, periodStart: Date): string {
  if (cadence === "QUARTERLY") {
    return `Q${Math.floor(periodStart.getUTCMonth() / 3) + 1} ${periodStart.getUTCFullYear()}`;
  }
  if (cadence === "WEEKLY") return `week of ${formatDay(periodStart)}`;
  return formatMonth(periodStart);
}
