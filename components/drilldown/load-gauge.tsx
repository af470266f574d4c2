import { AM_STATUS_COLOR } from "@/components/portfolio/labels";
import type { Guideline } from "@/lib/domain/portfolio/guideline";
import type { BookAssessment } from "@/lib/domain/portfolio/load";
import { formatAmount, formatRange, plural } from "@/lib/domain/portfolio/text";

/**
 * "9.5 weighted accounts against a guideline of 6–8 for a mid-size agency — 1.5 over." The status uses the weighted
 * load (complexity-weighted), so the sentence leads with it.
 */
export function loadStatement(
  book: Pick<BookAssessment, "weightedLoad" | "status" | "headroom">,
  guideline: Guideline,
) {
  const range = formatRange(guideline.min, guideline.max);
  const against =
    guideline.source === "override"
      ? `against the agency's own guideline of ${range}`
      : `against a guideline of ${range} for a ${guideline.band} agency`;
  const load = book.weightedLoad === 0 ? "No accounts" : plural(book.weightedLoad, "weighted account");
  const verdict = {
    OVERLOADED: `${formatAmount(-book.headroom)} over`,
    AT_CAPACITY: "exactly at the maximum, no room for another account",
    HEALTHY: `room for ${formatAmount(book.headroom)} more`,
    UNDER:
      book.weightedLoad === 0
        ? `room for ${formatAmount(book.headroom)}`
        : `${formatAmount(guideline.min - book.weightedLoad)} below the minimum`,
  }[book.status];
  return `${load} ${against} — ${verdict}.`;
}

/** A bar of the weighted load on a scale from 0, with the guideline band shaded and its ends marked. */
export function LoadGauge({ book, guideline }: { book: BookAssessment; guideline: Guideline }) {
  const scale = Math.max(guideline.max + 2, Math.ceil(book.weightedLoad) + 1);
  const pct = (value: number) => `${Math.min(100, (value / scale) * 100)}%`;
  return (
    <figure className="w-full" data-testid="load-gauge">
      <div
        role="img"
        aria-label={`Weighted load ${formatAmount(book.weightedLoad)} on a scale to ${scale}; the guideline band is ${formatRange(guideline.min, guideline.max)}.`}
        className="relative h-6 w-full overflow-hidden rounded-md bg-slate-100 ring-1 ring-slate-200 ring-inset"
      >
        <div
          className="absolute inset-y-0 bg-emerald-100"
          style={{ left: pct(guideline.min), width: `calc(${pct(guideline.max)} - ${pct(guideline.min)})` }}
        />
        <div
          className="absolute inset-y-1.5 left-0 rounded-r-sm"
          style={{ width: pct(book.weightedLoad), backgroundColor: AM_STATUS_COLOR[book.status] }}
        />
        {[guideline.min, guideline.max].map((mark) => (
          <div key={mark} className="absolute inset-y-0 w-px bg-emerald-700" style={{ left: pct(mark) }} />
        ))}
      </div>
      <div className="relative mt-1 h-4 text-[11px] text-slate-500" aria-hidden="true">
        <span className="absolute left-0">0</span>
        <span className="absolute -translate-x-1/2" style={{ left: pct(guideline.min) }}>
          min {guideline.min}
        </span>
        <span className="absolute -translate-x-1/2" style={{ left: pct(guideline.max) }}>
          max {guideline.max}
        </span>
        <span className="absolute right-0">{scale}</span>
      </div>
      <figcaption className="sr-only">Weighted load against the guideline band</figcaption>
    </figure>
  );
}
