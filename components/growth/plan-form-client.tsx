"use client";

import { DateField, TextField } from "@/components/ui/field";
import { FormShell } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/textarea-field";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import { createPlan, editPlan } from "@/lib/actions/growth";
import type { GrowthPlanView } from "@/lib/domain/growth/queries";
import { GROWTH_LIMITS, PLAN_STATUSES } from "@/lib/domain/growth/schemas";
import { PLAN_STATUS_LABEL } from "./labels";

/**
 * A growth plan's objective, period and target revenue: new on an account (with its first status, for the quarter
 * from `today` by default) or an edit of `plan`.
 */
export function PlanForm({
  slug,
  accountId,
  plan,
  today,
  currency,
  onDone,
}: {
  slug: string;
  accountId?: string;
  plan?: GrowthPlanView;
  today: Date;
  currency: string;
  onDone: () => void;
}) {
  const quarterEnd = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 3, 0));
  const { field, shell } = useActionFormFields(`plan-${plan?.id ?? "new"}`, { onDone }, (values) => {
    const input = values.pick("objective", "periodStart", "periodEnd", "targetRevenue");
    return plan
      ? editPlan(slug, { planId: plan.id, ...input })
      : createPlan(slug, { accountId, ...input, status: values.get("status") });
  });
  return (
    <FormShell
      {...shell}
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
      label={plan ? "Edit growth plan" : "New growth plan"}
      submitLabel={plan ? "Save plan" : "Add plan"}
      onCancel={onDone}
    >
      <TextAreaField
        {...field("objective")}
        label="Objective"
        rows={2}
        defaultValue={plan?.objective}
        maxLength={GROWTH_LIMITS.objectiveMax}
      />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <DateField {...field("periodStart")} label="Period start" date={plan?.periodStart ?? today} />
        <DateField {...field("periodEnd")} label="Period end" date={plan?.periodEnd ?? quarterEnd} />
        <TextField
          {...field("targetRevenue")}
          label={`Target revenue (${currency})`}
          defaultValue={plan?.targetRevenue}
          inputMode="decimal"
        />
        {!plan && (
          <SelectField
            {...field("status")}
            label="Status"
            defaultValue="DRAFT"
            options={PLAN_STATUSES.map((s) => ({ value: s, label: PLAN_STATUS_LABEL[s] }))}
          />
        )}
      </div>
    </FormShell>
  );
}
