import { healthBand } from "@/lib/domain/snapshots/daily";

const COLOR = { healthy: "#059669", watch: "#d97706", atRisk: "#e11d48", unscored: "#94a3b8" } as const;
const day = (d: Date) => d.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** One account's recorded health scores (daily snapshots, newest last) as plain bars; nothing when none exist yet. */
export function HealthHistory({ snapshots }: { snapshots: { day: Date; healthScore: number | null }[] }) {
  if (snapshots.length === 0) {
    return (
      <p className="mt-4 text-xs text-slate-500">Health over time appears here once the daily snapshots have run.</p>
    );
  }
  // At most ~90 bars: one per recorded day.
  const first = snapshots[0]!;
  const last = snapshots.at(-1)!;
  return (
    <div className="mt-4">
      <h3 className="text-sm font-medium text-slate-800">Health over time</h3>
      <div
        role="img"
        aria-label={`Recorded health from ${day(first.day)} (${first.healthScore ?? "not scored"}) to ${day(last.day)} (${last.healthScore ?? "not scored"}).`}
        className="mt-2 flex h-16 items-end gap-px"
      >
        {snapshots.map((s) => (
          <div
            key={s.day.toISOString()}
            className="min-w-0 flex-1 rounded-t-sm"
            title={`${day(s.day)}: ${s.healthScore ?? "not scored"}`}
            style={{ height: `${Math.max(4, s.healthScore ?? 4)}%`, backgroundColor: COLOR[healthBand(s.healthScore)] }}
          />
        ))}
      </div>
      <p className="mt-1 flex justify-between text-xs text-slate-500">
        <span>{day(first.day)}</span>
        <span>{day(last.day)}</span>
      </p>
    </div>
  );
}
