import { formatDate } from "@/components/drilldown/format";
import { formatMoney } from "@/components/portfolio/labels";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { GrowthPlanView } from "@/lib/domain/growth/queries";

/** A growth plan's status as its badge shows it: the word and the tone. */
export const PLAN_STATUS: Record<GrowthPlanView["status"], [string, BadgeTone]> = {
  ACTIVE: ["Active", "emerald"],
  DRAFT: ["Draft", "slate"],
  ACHIEVED: ["Achieved", "indigo"],
  ABANDONED: ["Abandoned", "slate"],
};

/**
 * The head of a growth plan, read-only or editable: its objective with the status badge, then its period and target
 * revenue. `headingId` lets the plan's article be named by its objective.
 */
export function PlanSummary({
  plan,
  currency,
  headingId,
}: {
  plan: Pick<GrowthPlanView, "objective" | "status" | "periodStart" | "periodEnd" | "targetRevenue">;
  currency: string;
  headingId?: string;
}) {
  const [label, tone] = PLAN_STATUS[plan.status];
  return (
    <div className="min-w-0">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="text-sm font-semibold break-words text-slate-900">
          {plan.objective}
        </h3>
        <Badge tone={tone}>{label}</Badge>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        {formatDate(plan.periodStart)} – {formatDate(plan.periodEnd)} · target revenue{" "}
        {formatMoney(plan.targetRevenue, currency)}
      </p>
    </div>
  );
}
