/**
 * Budget burn against progress: two bars on one scale, so "spent 80% of the budget, 40% done" is visible at a glance.
 * The words carry the meaning too (colour is never the only cue).
 */
export function BurnVsProgress({
  percentComplete,
  spent,
  budget,
  spentLabel,
  budgetLabel,
}: {
  percentComplete: number;
  spent: number;
  budget: number;
  spentLabel: string;
  budgetLabel: string;
}) {
  const burn = budget > 0 ? Math.round((spent / budget) * 100) : null;
  const ahead = burn !== null && burn > percentComplete + 10;
  const over = burn !== null && burn > 100;
  return (
    <div className="space-y-1.5 text-xs text-slate-600" data-testid="burn-vs-progress">
      <div>
        <div className="flex justify-between gap-2">
          <span>Progress</span>
          <span className="font-mono tabular-nums text-slate-800">{percentComplete}%</span>
        </div>
        <span className="mt-0.5 block h-2 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
          <span className="block h-full bg-indigo-500" style={{ width: `${Math.min(100, percentComplete)}%` }} />
        </span>
      </div>
      <div>
        <div className="flex justify-between gap-2">
          <span>Budget used</span>
          <span className={`font-mono tabular-nums ${ahead ? "font-medium text-rose-700" : "text-slate-800"}`}>
            {burn === null ? "no budget" : `${burn}%`}
          </span>
        </div>
        <span className="mt-0.5 block h-2 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
          {burn !== null && (
            <span
              className={`block h-full ${ahead ? "bg-rose-500" : "bg-emerald-500"}`}
              style={{ width: `${Math.min(100, burn)}%` }}
            />
          )}
        </span>
        <p className="mt-0.5">
          {spentLabel} of {budgetLabel}
          {over ? " — over budget" : ahead ? " — burning ahead of progress" : ""}
        </p>
      </div>
    </div>
  );
}
