"use client";

import { useState, type FormEvent } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { createOpportunity, editOpportunity } from "@/lib/actions/growth";
import { GROWTH_LIMITS } from "@/lib/domain/growth/schemas";

export type OpportunityValues = { serviceLine: string; estimatedMonthlyValue: string; expectedClose: string };

/** An opportunity's service line, estimated monthly value and expected close: new on a plan (as an idea) or an edit. */
export function OpportunityForm({
  slug,
  planId,
  opportunityId,
  initial = { serviceLine: "", estimatedMonthlyValue: "", expectedClose: "" },
  currency,
  onDone,
}: {
  slug: string;
  planId?: string;
  opportunityId?: string;
  initial?: OpportunityValues;
  currency: string;
  onDone: () => void;
}) {
  const [values, setValues] = useState(initial);
  const { formRef, pending, errors, message, submit } = useActionForm();
  const idPrefix = `opp-${opportunityId ?? `new-${planId}`}`;
  const set = (patch: Partial<OpportunityValues>) => setValues((v) => ({ ...v, ...patch }));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit(
      () =>
        opportunityId
          ? editOpportunity(slug, { opportunityId, ...values })
          : createOpportunity(slug, { planId, ...values }),
      onDone,
    );
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
      aria-label={opportunityId ? `Edit opportunity ${initial.serviceLine}` : "New opportunity"}
    >
      <FormMessage message={message} errors={errors} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          idPrefix={idPrefix}
          name="serviceLine"
          label="Service line"
          maxLength={GROWTH_LIMITS.serviceLineMax}
          value={values.serviceLine}
          onChange={(e) => set({ serviceLine: e.target.value })}
          errors={errors.serviceLine}
        />
        <TextField
          idPrefix={idPrefix}
          name="estimatedMonthlyValue"
          label={`Est. monthly value (${currency})`}
          inputMode="decimal"
          value={values.estimatedMonthlyValue}
          onChange={(e) => set({ estimatedMonthlyValue: e.target.value })}
          errors={errors.estimatedMonthlyValue}
        />
        <TextField
          idPrefix={idPrefix}
          name="expectedClose"
          label="Expected close (optional)"
          type="date"
          value={values.expectedClose}
          onChange={(e) => set({ expectedClose: e.target.value })}
          errors={errors.expectedClose}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : opportunityId ? "Save opportunity" : "Add opportunity"}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
