import { Badge } from "@/components/ui/badge";
import type { StructuralCheck } from "@/lib/domain/people/structural-review";

/** Structural causes first, in plain words; then what was checked and found clear. KPIs follow further down. */
export function StructuralReview({ checks }: { checks: StructuralCheck[] | null }) {
  if (!checks) {
    return (
      <p className="text-sm text-slate-600">
        The structure-first review is visible to this account manager, their manager and the agency&apos;s leaders.
      </p>
    );
  }
  const causes = checks.filter((c) => c.finding === "cause").length;
  return (
    <div className="space-y-3" data-testid="structural-review">
      <p className="text-sm text-slate-800">
        {causes === 0
          ? "No structural cause found: if results are weak, look at the outcomes below together."
          : `${causes} structural cause${causes === 1 ? "" : "s"} to look at before judging the figures below.`}
      </p>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {checks.map((c) => (
          <li key={c.key} className="flex flex-wrap items-start gap-x-3 gap-y-1 p-3 text-sm">
            <Badge tone={c.finding === "cause" ? "amber" : "emerald"}>
              {c.finding === "cause" ? "Look at" : "Clear"}
            </Badge>
            <div className="min-w-0 flex-1">
              <p className="font-medium text-slate-900">{c.title}</p>
              <p className="text-slate-700">{c.text}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
