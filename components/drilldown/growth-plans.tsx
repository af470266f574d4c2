import { formatMoney, stageLabel } from "@/components/portfolio/labels";
import { PlanSummary } from "@/components/growth/plan-summary";
import type { GrowthPlanView, OpportunityView } from "@/lib/domain/growth/queries";
import { EmptyState, TableScroll } from "@/components/ui/empty-state";
import { HeaderRow, numeric } from "@/components/ui/table";
import { formatDate } from "./format";

const STAGES: readonly OpportunityView["stage"][] = ["IDEA", "QUALIFIED", "PROPOSED", "WON", "LOST"];

function Opportunities({ plan, currency }: { plan: GrowthPlanView; currency: string }) {
  if (plan.opportunities.length === 0) return <p className="text-sm text-slate-600">No opportunities yet.</p>;
  const stages = STAGES.filter((s) => plan.opportunities.some((o) => o.stage === s));
  return (
    <TableScroll label="Opportunities (scrolls sideways)">
      <table className="w-full min-w-[520px] text-sm">
        <caption className="sr-only">Opportunities of this growth plan by stage</caption>
        <HeaderRow cells={["Service line", numeric("Est. monthly value"), "Expected close"]} />
        {stages.map((stage) => {
          const list = plan.opportunities.filter((o) => o.stage === stage);
          const total = list.reduce((sum, o) => sum + o.estimatedMonthlyValue, 0);
          return (
            <tbody key={stage}>
              <tr className="bg-slate-50">
                <th scope="rowgroup" colSpan={3} className="px-2 py-1 text-left text-xs font-semibold text-slate-700">
                  {stageLabel(stage)} · {list.length} · {formatMoney(total, currency)} a month
                </th>
              </tr>
              {list.map((o) => (
                <tr key={o.id} className="border-b border-slate-100 last:border-0">
                  <td className="py-2 pr-3">{o.serviceLine}</td>
                  <td className="px-3 py-2 text-right font-mono tabular-nums">
                    {formatMoney(o.estimatedMonthlyValue, currency)}
                  </td>
                  <td className="py-2 pl-3 whitespace-nowrap">{formatDate(o.expectedClose)}</td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </TableScroll>
  );
}

function Actions({ plan, today }: { plan: GrowthPlanView; today: Date }) {
  if (plan.actions.length === 0) return <p className="text-sm text-slate-600">No actions yet.</p>;
  return (
    <TableScroll label="Actions (scrolls sideways)">
      <table className="w-full min-w-[520px] text-sm">
        <caption className="sr-only">Actions of this growth plan</caption>
        <HeaderRow cells={["Action", "Owner", "Due", "Done"]} />
        <tbody>
          {plan.actions.map((a) => {
            const late = !a.done && a.dueDate !== null && a.dueDate.getTime() < today.getTime();
            return (
              <tr key={a.id} className="border-b border-slate-100 last:border-0">
                <td className={`py-2 pr-3 ${a.done ? "text-slate-500 line-through" : ""}`}>{a.title}</td>
                <td className="px-3 py-2 whitespace-nowrap">{a.ownerName}</td>
                <td className={`px-3 py-2 whitespace-nowrap ${late ? "font-medium text-rose-700" : ""}`}>
                  {formatDate(a.dueDate)}
                  {late && " (late)"}
                </td>
                <td className="py-2 pl-3">{a.done ? "Done" : "Open"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Each growth plan: objective, period, target revenue, status, opportunities by stage and actions. */
export function GrowthPlans({ plans, currency, today }: { plans: GrowthPlanView[]; currency: string; today: Date }) {
  if (plans.length === 0) return <EmptyState>No growth plan yet.</EmptyState>;
  return (
    <div className="space-y-6" data-testid="growth-plans">
      {plans.map((plan) => {
        return (
          <article key={plan.id} className="rounded-lg border border-slate-200 p-4">
            <PlanSummary plan={plan} currency={currency} />
            <div className="mt-4 space-y-5">
              <div>
                <h4 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Opportunities</h4>
                <Opportunities plan={plan} currency={currency} />
              </div>
              <div>
                <h4 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Actions</h4>
                <Actions plan={plan} today={today} />
              </div>
            </div>
          </article>
        );
      })}
    </div>
  );
}
