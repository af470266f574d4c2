/**
 * Pure parts of the daily snapshots: what one day's rows are (from the same portfolio snapshot and health rule the
 * dashboard uses), and the agency's health distribution per week for the dashboard's 12-week chart.
 */
import { loadOf } from "@/lib/domain/portfolio/load";
import type { PortfolioSnapshot } from "@/lib/domain/portfolio/signal-types";

export type HealthRow = { accountId: string; healthScore: number | null };
export type LoadRow = { amId: string; load: number; weightedLoad: number };

/** The UTC calendar day of `at`, as a date at midnight UTC (the `day` column). */
export function utcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

export function loadRows(snapshot: PortfolioSnapshot): LoadRow[] {
  return snapshot.ams.map((am) => ({ amId: am.id, ...loadOf(snapshot.accounts.filter((a) => a.amId === am.id)) }));
}

export function healthRows(scores: ReadonlyMap<string, number | null>): HealthRow[] {
  return [...scores].map(([accountId, score]) => ({
    accountId,
    healthScore: score === null ? null : Math.max(0, Math.min(100, Math.round(score))),
  }));
}

export const HEALTH_BANDS = ["healthy", "watch", "atRisk", "unscored"] as const;
export type HealthBand = (typeof HEALTH_BANDS)[number];

/** The dashboard's bands: 70+ healthy, 50–69 watch, below 50 at risk; no score = unscored. */
export function healthBand(score: number | null): HealthBand {
  if (score === null) return "unscored";
  return score >= HEALTHY_FROM ? "healthy" : score >= WATCH_FROM ? "watch" : "atRisk";
}

export const HEALTHY_FROM = 70;
export const WATCH_FROM = 50;

export type HealthWeek = { weekStart: Date; label: string };

/** The last `weeks` weeks (Monday starts, UTC), oldest first; the current week is the last. */
export function healthWeeks(today: Date, weeks = 12): HealthWeek[] {
  const day0 = utcDay(today);
  const monday = new Date(day0.getTime() - ((day0.getUTCDay() + 6) % 7) * DAY_MS);
  return Array.from({ length: weeks }, (_, i) => {
    const weekStart = new Date(monday.getTime() - (weeks - 1 - i) * 7 * DAY_MS);
    return {
      weekStart,
      label: weekStart.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }),
    };
  });
}

const DAY_MS = 86_400_000;

export type WeekDistribution = HealthWeek & Record<HealthBand, number> & { day: Date | null };

/** Fills the weeks with the counts the database returned per week start (weeks without a snapshot stay empty). */
export function distributionByWeek(
  weeks: readonly HealthWeek[],
  rows: readonly ({ weekStart: Date; day: Date } & Record<HealthBand, number>)[],
): WeekDistribution[] {
  const byWeek = new Map(rows.map((r) => [utcDay(r.weekStart).getTime(), r]));
  return weeks.map((w) => {
    const row = byWeek.get(w.weekStart.getTime());
    return {
      ...w,
      day: row?.day ?? null,
      healthy: row?.healthy ?? 0,
      watch: row?.watch ?? 0,
      atRisk: row?.atRisk ?? 0,
      unscored: row?.unscored ?? 0,
    };
  });
}
