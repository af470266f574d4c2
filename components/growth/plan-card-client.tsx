"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { SelectField } from "@/components/ui/select-field";
import { changePlanStatus } from "@/lib/actions/growth";
import type { OwnerOption } from "@/lib/domain/growth/queries";
import { PLAN_STATUSES, type PlanStatusValue } from "@/lib/domain/growth/schemas";
import type { GrowthPlanView } from "@/lib/domain/growth/queries";
import { ActionList } from "./action-list-client";
import { PLAN_STATUS_LABEL } from "./labels";
import { OpportunityBoard } from "./opportunity-board-client";
import { PlanForm } from "./plan-form-client";
import { PlanSummary } from "./plan-summary";

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
  const headingId = `plan-${plan.id}-objective`;

  function saveStatus() {
    submit(() => changePlanStatus(slug, { planId: plan.id, status }));
  }

  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 p-4" data-testid="growth-plan">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PlanSummary plan={plan} currency={currency} headingId={headingId} />
        <div className="flex flex-wrap items-end gap-2">
          <SelectField
            idPrefix={`plan-${plan.id}`}
            name="status"
            label="Status"
            value={status}
            onChange={(e) => setStatus(e.target.value as PlanStatusValue)}
            options={PLAN_STATUSES.map((s) => ({ value: s, label: PLAN_STATUS_LABEL[s] }))}
          />
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
          <PlanForm slug={slug} plan={plan} currency={currency} today={today} onDone={() => setEditing(false)} />
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
