"use client";

import { DateField, TextField } from "@/components/ui/field";
import { InlineEditForm } from "@/components/ui/inline-edit-form";
import { createOpportunity, editOpportunity } from "@/lib/actions/growth";
import type { OpportunityView } from "@/lib/domain/growth/queries";
import { GROWTH_LIMITS } from "@/lib/domain/growth/schemas";
import { usePlanItemForm, type PlanItemFormProps } from "./plan-item-form";

type Props = PlanItemFormProps & { opportunity?: OpportunityView; currency: string };

/** An opportunity's service line, estimated monthly value and expected close: new on a plan (as an idea) or an edit. */
export function OpportunityForm({ opportunity: opp, currency, ...props }: Props) {
  const { slug, planId, onDone } = props;
  const names = ["serviceLine", "estimatedMonthlyValue", "expectedClose"] as const;
  const { field, shell } = usePlanItemForm("opp", props, opp, names, {
    create: (input) => createOpportunity(slug, { planId, ...input }),
    edit: (opportunityId, input) => editOpportunity(slug, { opportunityId, ...input }),
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
