/**
 * Real history over reconstruction: a month of the AM's load trend that has daily snapshots shows the newest
 * snapshot of that month instead of the reconstructed figure (the current month stays measured today, as before).
 * Pure.
 */
import type { LoadTrendPoint } from "@/lib/domain/portfolio/load-trend";
import type { LoadSnapshot } from "./queries";

export type MeasuredTrendPoint = LoadTrendPoint & { measured: boolean };

export function withLoadSnapshots(
  trend: readonly LoadTrendPoint[],
  snapshots: readonly LoadSnapshot[],
): MeasuredTrendPoint[] {
  const newestByMonth = new Map<string, LoadSnapshot>();
  for (const snap of snapshots) {
    const month = snap.day.toISOString().slice(0, 7);
    const seen = newestByMonth.get(month);
    if (!seen || seen.day < snap.day) newestByMonth.set(month, snap);
  }
  return trend.map((point) => {
    const snap = point.partial ? undefined : newestByMonth.get(point.month);
    return snap
      ? { ...point, load: snap.load, weightedLoad: snap.weightedLoad, measured: true }
      : { ...point, measured: false };
  });
}
