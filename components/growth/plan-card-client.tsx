"use client";

import { useState } from "react";
import { PLAN_STATUS } from "@/components/drilldown/growth-plans";
import { formatDate, isoDate } from "@/components/drilldown/format";
import { formatMoney } from "@/components/portfolio/labels";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { inputClass, labelClass } from "@/components/ui/field";
import { changePlanStatus } from "@/lib/actions/growth";
import type { OwnerOption } from "@/lib/domain/growth/queries";
import { PLAN_STATUSES, type PlanStatusValue } from "@/lib/domain/growth/schemas";
import type { GrowthPlanView } from "@/lib/domain/growth/queries";
import { ActionList } from "./action-list-client";
import { PLAN_STATUS_LABEL } from "./labels";
import { OpportunityBoard } from "./opportunity-board-client";
import { PlanForm } from "./plan-form-client";

/** One growth plan for someone who may change it: status control, edit, the opportunity board and the actions. */
export function PlanCard({
  slug,
  plan,
  currency,
  owners,
  defaultOwnerId,
  today,
}: {
  slug: string;
  plan: GrowthPlanView;
  currency: string;
  owners: OwnerOption[];
  defaultOwnerId: string;
  today: Date;
}) {
  const [status, setStatus] = useState<PlanStatusValue>(plan.status);
  const [editing, setEditing] = useState(false);
  const { pending, message: error, submit } = useActionForm();
  const [label, tone] = PLAN_STATUS[plan.status];
  const headingId = `plan-${plan.id}-objective`;

  function saveStatus() {
    submit(() => changePlanStatus(slug, { planId: plan.id, status }));
  }

  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 p-4" data-testid="growth-plan">
      <div className="flex flex-wrap items-start justify-between gap-3">
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
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={`plan-status-${plan.id}`} className={labelClass}>
              Status
            </label>
            <select
              id={`plan-status-${plan.id}`}
              value={status}
              onChange={(e) => setStatus(e.target.value as PlanStatusValue)}
              className={`${inputClass} mt-1 w-auto`}
            >
              {PLAN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {PLAN_STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </div>
          <Button variant="secondary" pending={pending} disabled={status === plan.status} onClick={saveStatus}>
            Set status
          </Button>
          <Button variant="ghost" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
            Edit plan
          </Button>
        </div>
      </div>
      {error && <Alert className="mt-3">{error}</Alert>}
      {editing && (
        <div className="mt-3">
          <PlanForm
            slug={slug}
            planId={plan.id}
            currency={currency}
            initial={{
              objective: plan.objective,
              periodStart: isoDate(plan.periodStart),
              periodEnd: isoDate(plan.periodEnd),
              targetRevenue: String(plan.targetRevenue),
            }}
            onDone={() => setEditing(false)}
          />
        </div>
      )}
      <div className="mt-4 space-y-5">
        <div>
          <h4 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Opportunities</h4>
          <OpportunityBoard slug={slug} planId={plan.id} opportunities={plan.opportunities} currency={currency} />
        </div>
        <div>
          <h4 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Actions</h4>
          <ActionList
            slug={slug}
            planId={plan.id}
            actions={plan.actions}
            owners={owners}
            defaultOwnerId={defaultOwnerId}
            today={today}
          />
        </div>
      </div>
    </article>
  );
}
