"use client";

import { useState } from "react";
import { FormShell } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useBoundValues } from "@/components/ui/use-bound-values";
import { TextField } from "@/components/ui/field";
import { createPlan, editPlan } from "@/lib/actions/growth";
import { GROWTH_LIMITS, PLAN_STATUSES } from "@/lib/domain/growth/schemas";
import { PLAN_STATUS_LABEL } from "./labels";

export type PlanValues = { objective: string; periodStart: string; periodEnd: string; targetRevenue: string };

/** A growth plan's objective, period and target revenue: new on an account (with its first status) or an edit. */
export function PlanForm({
  slug,
  accountId,
  planId,
  initial,
  currency,
  onDone,
}: {
  slug: string;
  accountId?: string;
  planId?: string;
  initial: PlanValues;
  currency: string;
  onDone: () => void;
}) {
  const [status, setStatus] = useState("DRAFT");
  const form = useActionForm();
  const { submit } = form;
  const idPrefix = `plan-${planId ?? "new"}`;
  const { values, field, bound } = useBoundValues(form, idPrefix, initial);

  function onSubmit() {
    submit(
      () => (planId ? editPlan(slug, { planId, ...values }) : createPlan(slug, { accountId, ...values, status })),
      onDone,
    );
  }

  return (
    <FormShell
      form={form}
      onSubmit={onSubmit}
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
      label={planId ? "Edit growth plan" : "New growth plan"}
      submitLabel={planId ? "Save plan" : "Add plan"}
      onCancel={onDone}
    >
      <TextAreaField {...bound("objective")} label="Objective" rows={2} maxLength={GROWTH_LIMITS.objectiveMax} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField {...bound("periodStart")} label="Period start" type="date" />
        <TextField {...bound("periodEnd")} label="Period end" type="date" />
        <TextField {...bound("targetRevenue")} label={`Target revenue (${currency})`} inputMode="decimal" />
        {!planId && (
          <SelectField
            {...field("status")}
            label="Status"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
            options={PLAN_STATUSES.map((s) => ({ value: s, label: PLAN_STATUS_LABEL[s] }))}
          />
        )}
      </div>
    </FormShell>
  );
}
