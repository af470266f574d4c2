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
  return score >= 70 ? "healthy" : score >= 50 ? "watch" : "atRisk";
}

export type WeekDistribution = { weekStart: string; label: string } & Record<HealthBand, number>;

/**
 * The last `weeks` weeks (Monday starts, UTC), oldest first; each week counts the accounts by the band of their
 * newest snapshot in that week. Weeks with no snapshot are all zero (the chart shows them as "no data").
 */
export function weeklyHealthDistribution(
  rows: readonly { accountId: string; day: Date; healthScore: number | null }[],
  today: Date,
  weeks = 12,
): WeekDistribution[] {
  const day0 = utcDay(today);
  const monday = new Date(day0.getTime() - ((day0.getUTCDay() + 6) % 7) * 86_400_000);
  const starts = Array.from({ length: weeks }, (_, i) => new Date(monday.getTime() - (weeks - 1 - i) * 7 * 86_400_000));
  const newest = new Map<string, { day: number; score: number | null }>(); // week|account → newest
  for (const row of rows) {
    const index = Math.floor((row.day.getTime() - starts[0]!.getTime()) / (7 * 86_400_000));
    if (index < 0 || index >= weeks) continue;
    const k = `${index}|${row.accountId}`;
    const seen = newest.get(k);
    if (!seen || seen.day < row.day.getTime()) newest.set(k, { day: row.day.getTime(), score: row.healthScore });
  }
  const out: WeekDistribution[] = starts.map((start) => ({
    weekStart: start.toISOString().slice(0, 10),
    label: start.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }),
    healthy: 0,
    watch: 0,
    atRisk: 0,
    unscored: 0,
  }));
  for (const [k, { score }] of newest) out[Number(k.split("|")[0])]![healthBand(score)] += 1;
  return out;
}
