"use client";

import { DateField, TextField } from "@/components/ui/field";
import { InlineEditForm } from "@/components/ui/inline-edit-form";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import { createOpportunity, editOpportunity } from "@/lib/actions/growth";
import type { OpportunityView } from "@/lib/domain/growth/queries";
import { GROWTH_LIMITS } from "@/lib/domain/growth/schemas";

/** An opportunity's service line, estimated monthly value and expected close: new on a plan (as an idea) or an edit. */
export function OpportunityForm({
  slug,
  planId,
  opportunity: opp,
  currency,
  onDone,
}: {
  slug: string;
  planId?: string;
  opportunity?: OpportunityView;
  currency: string;
  onDone: () => void;
}) {
  const { field, shell } = useActionFormFields(`opp-${opp?.id ?? `new-${planId}`}`, { onDone }, (values) => {
    const input = values.pick("serviceLine", "estimatedMonthlyValue", "expectedClose");
    return opp
      ? editOpportunity(slug, { opportunityId: opp.id, ...input })
      : createOpportunity(slug, { planId, ...input });
  });
  return (
    <InlineEditForm {...shell} noun="opportunity" editing={opp?.serviceLine} onDone={onDone}>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          {...field("serviceLine")}
          label="Service line"
          defaultValue={opp?.serviceLine}
          maxLength={GROWTH_LIMITS.serviceLineMax}
        />
        <TextField
          {...field("estimatedMonthlyValue")}
          label={`Est. monthly value (${currency})`}
          defaultValue={opp?.estimatedMonthlyValue}
          inputMode="decimal"
        />
        <DateField {...field("expectedClose")} label="Expected close (optional)" date={opp?.expectedClose} />
      </div>
    </InlineEditForm>
  );
}
