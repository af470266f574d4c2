"use client";

import { DateField, TextField } from "@/components/ui/field";
import { InlineEditForm } from "@/components/ui/inline-edit-form";
import { SelectField } from "@/components/ui/select-field";
import { createGrowthAction, editGrowthAction } from "@/lib/actions/growth";
import type { GrowthActionView, OwnerOption } from "@/lib/domain/growth/queries";
import { GROWTH_LIMITS } from "@/lib/domain/growth/schemas";
import { usePlanItemForm, type PlanItemFormProps } from "./plan-item-form";

type Props = PlanItemFormProps & { action?: GrowthActionView; defaultOwnerId?: string; owners: OwnerOption[] };

/** A growth action: what, who (an active member of the agency) and by when. New on a plan, or an edit of `action`. */
export function ActionForm({ action, defaultOwnerId = "", owners, ...props }: Props) {
  const { slug, planId, onDone } = props;
  const { field, shell } = usePlanItemForm("action", props, action, ["title", "ownerId", "dueDate"], {
    create: (input) => createGrowthAction(slug, { planId, ...input }),
    edit: (actionId, input) => editGrowthAction(slug, { actionId, ...input }),
  });
  const ownerOptions = [{ value: "", label: "Choose…" }, ...owners.map((o) => ({ value: o.id, label: o.name }))];
  return (
    <InlineEditForm {...shell} noun="action" editing={action?.title} onDone={onDone}>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField {...field("title")} label="Action" defaultValue={action?.title} maxLength={GROWTH_LIMITS.titleMax} />
        <SelectField
          {...field("ownerId")}
          label="Owner"
          defaultValue={action?.ownerId ?? defaultOwnerId}
          options={ownerOptions}
        />
        <DateField {...field("dueDate")} label="Due (optional)" date={action?.dueDate} />
      </div>
    </InlineEditForm>
  );
}
