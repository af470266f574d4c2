/**
 * Which guideline applied when. Every change of the guideline in force (a new size band from the employee count, an
 * override set or removed) is stored as one GuidelineChange row with the rule before and after; from those rows this
 * file answers "the guideline at moment t" for each month of the 12-month load trend. Pure, no I/O.
 */
import type { Guideline } from "@/lib/domain/portfolio/guideline";
import { sizeBand } from "@/lib/domain/portfolio/guideline";
import { formatDay } from "@/lib/format/dates";

export type GuidelineSourceValue = "SIZE_BAND" | "OVERRIDE";

export interface GuidelineChangeRow {
  effectiveAt: Date;
  fromEmployeeCount: number;
  fromMin: number;
  fromMax: number;
  fromSource: GuidelineSourceValue;
  toEmployeeCount: number;
  toMin: number;
  toMax: number;
  toSource: GuidelineSourceValue;
  reason: string | null;
  actorName: string | null;
}

export const toSourceValue = (source: Guideline["source"]): GuidelineSourceValue =>
  source === "override" ? "OVERRIDE" : "SIZE_BAND";

function guidelineOf(employeeCount: number, min: number, max: number, source: GuidelineSourceValue): Guideline {
  return { band: sizeBand(employeeCount), min, max, source: source === "OVERRIDE" ? "override" : "size-band" };
}

/**
 * The guideline in force at `at`: the newest change at or before it; before the first change, what that change
 * replaced; with no change recorded at all, today's guideline (it has applied since the agency began).
 * `changes` must be oldest first.
 */
export function guidelineAt(changes: readonly GuidelineChangeRow[], current: Guideline, at: Date): Guideline {
  let latest: GuidelineChangeRow | null = null;
  for (const change of changes) {
    if (change.effectiveAt.getTime() <= at.getTime()) latest = change;
    else break;
  }
  if (latest) return guidelineOf(latest.toEmployeeCount, latest.toMin, latest.toMax, latest.toSource);
  const first = changes[0];
  if (first) return guidelineOf(first.fromEmployeeCount, first.fromMin, first.fromMax, first.fromSource);
  return current;
}

/** A trend point with the band in force at its moment, and the change (if any) that happened during its month. */
export interface BandPoint {
  bandMin: number;
  bandMax: number;
  /** "6–8 from 3 Jun 2026 (size band)" when the rule changed within this point's month; else null. */
  changeNote: string | null;
}

export function describeChange(change: GuidelineChangeRow): string {
  const source =
    change.toSource === "OVERRIDE"
      ? "override"
      : `${sizeBand(change.toEmployeeCount)} agency, ${change.toEmployeeCount} employees`;
  return `${change.toMin}–${change.toMax} from ${formatDay(change.effectiveAt)} (${source})`;
}

/**
 * The band for each month of a trend (`asOf` = the moment each month is measured), with a note on the months in
 * which the rule changed. `months` oldest first, as load-trend.ts builds them.
 */
export function bandHistory(
  months: readonly { asOf: Date; month: string }[],
  changes: readonly GuidelineChangeRow[],
  current: Guideline,
): BandPoint[] {
  return months.map((point) => {
    const guideline = guidelineAt(changes, current, point.asOf);
    const during = changes.filter((c) => c.effectiveAt.toISOString().slice(0, 7) === point.month);
    const last = during.at(-1);
    return { bandMin: guideline.min, bandMax: guideline.max, changeNote: last ? describeChange(last) : null };
  });
}
