"use client";

import { useState } from "react";
import { FormShell, fieldsOf } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
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
  const [values, setValues] = useState(initial);
  const [status, setStatus] = useState("DRAFT");
  const form = useActionForm();
  const { submit } = form;
  const idPrefix = `plan-${planId ?? "new"}`;
  const field = fieldsOf(form, idPrefix);
  const set = (patch: Partial<PlanValues>) => setValues((v) => ({ ...v, ...patch }));

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
      <TextAreaField
        {...field("objective")}
        label="Objective"
        rows={2}
        maxLength={GROWTH_LIMITS.objectiveMax}
        value={values.objective}
        onChange={(e) => set({ objective: e.target.value })}
      />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField
          {...field("periodStart")}
          label="Period start"
          type="date"
          value={values.periodStart}
          onChange={(e) => set({ periodStart: e.target.value })}
        />
        <TextField
          {...field("periodEnd")}
          label="Period end"
          type="date"
          value={values.periodEnd}
          onChange={(e) => set({ periodEnd: e.target.value })}
        />
        <TextField
          {...field("targetRevenue")}
          label={`Target revenue (${currency})`}
          inputMode="decimal"
          value={values.targetRevenue}
          onChange={(e) => set({ targetRevenue: e.target.value })}
        />
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
