import { describeChange, type GuidelineChangeRow } from "@/lib/domain/agencies/rule-history";
import { describeGuideline, type Guideline } from "@/lib/domain/portfolio/guideline";

/** "Which guideline applied when": every change of the rule, newest first, with who made it and why. */
export function GuidelineHistoryList({ changes, current }: { changes: GuidelineChangeRow[]; current: Guideline }) {
  if (changes.length === 0) {
    return (
      <p className="mt-3 text-xs text-slate-600" data-testid="guideline-history">
        The guideline has not changed: {describeGuideline(current)} throughout.
      </p>
    );
  }
  const first = changes[0]!;
  return (
    <div className="mt-3 text-xs text-slate-600" data-testid="guideline-history">
      <p className="font-medium text-slate-700">Which guideline applied when</p>
      <ul className="mt-1 space-y-0.5">
        {[...changes].reverse().map((change) => (
          <li key={change.effectiveAt.toISOString()}>
            {describeChange(change)}
            {change.actorName && `, set by ${change.actorName}`}
            {change.toSource === "OVERRIDE" && change.reason && <>: &ldquo;{change.reason}&rdquo;</>}
          </li>
        ))}
        <li>
          {first.fromMin}–{first.fromMax} before that ({first.fromSource === "OVERRIDE" ? "override" : "size band"},{" "}
          {first.fromEmployeeCount} employees)
        </li>
      </ul>
    </div>
  );
}
