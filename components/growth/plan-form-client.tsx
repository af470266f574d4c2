"use client";

import { useState, type FormEvent } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
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
  const { formRef, pending, errors, message, submit } = useActionForm();
  const idPrefix = `plan-${planId ?? "new"}`;
  const set = (patch: Partial<PlanValues>) => setValues((v) => ({ ...v, ...patch }));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit(
      () => (planId ? editPlan(slug, { planId, ...values }) : createPlan(slug, { accountId, ...values, status })),
      onDone,
    );
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
      aria-label={planId ? "Edit growth plan" : "New growth plan"}
    >
      <FormMessage message={message} errors={errors} />
      <TextAreaField
        idPrefix={idPrefix}
        name="objective"
        label="Objective"
        rows={2}
        maxLength={GROWTH_LIMITS.objectiveMax}
        value={values.objective}
        onChange={(e) => set({ objective: e.target.value })}
        errors={errors.objective}
      />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField
          idPrefix={idPrefix}
          name="periodStart"
          label="Period start"
          type="date"
          value={values.periodStart}
          onChange={(e) => set({ periodStart: e.target.value })}
          errors={errors.periodStart}
        />
        <TextField
          idPrefix={idPrefix}
          name="periodEnd"
          label="Period end"
          type="date"
          value={values.periodEnd}
          onChange={(e) => set({ periodEnd: e.target.value })}
          errors={errors.periodEnd}
        />
        <TextField
          idPrefix={idPrefix}
          name="targetRevenue"
          label={`Target revenue (${currency})`}
          inputMode="decimal"
          value={values.targetRevenue}
          onChange={(e) => set({ targetRevenue: e.target.value })}
          errors={errors.targetRevenue}
        />
        {!planId && (
          <SelectField
            idPrefix={idPrefix}
            name="status"
            label="Status"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
            options={PLAN_STATUSES.map((s) => ({ value: s, label: PLAN_STATUS_LABEL[s] }))}
            errors={errors.status}
          />
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : planId ? "Save plan" : "Add plan"}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
