"use client";

import { InlineEditForm } from "@/components/ui/inline-edit-form";
import { useActionForm } from "@/components/ui/use-action-form";
import { useBoundValues } from "@/components/ui/use-bound-values";
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
  const form = useActionForm();
  const idPrefix = `opp-${opportunityId ?? `new-${planId}`}`;
  const { values, bound } = useBoundValues(form, idPrefix, initial);

  const editing = opportunityId ? initial.serviceLine : undefined;
  const save = () =>
    opportunityId
      ? editOpportunity(slug, { opportunityId, ...values })
      : createOpportunity(slug, { planId, ...values });

  return (
    <InlineEditForm form={form} noun="opportunity" editing={editing} save={save} onDone={onDone}>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField {...bound("serviceLine")} label="Service line" maxLength={GROWTH_LIMITS.serviceLineMax} />
        <TextField {...bound("estimatedMonthlyValue")} label={`Est. monthly value (${currency})`} inputMode="decimal" />
        <TextField {...bound("expectedClose")} label="Expected close (optional)" type="date" />
      </div>
    </InlineEditForm>
  );
}
