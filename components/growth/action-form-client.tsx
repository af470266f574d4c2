"use client";

import { DateField, TextField } from "@/components/ui/field";
import { InlineEditForm } from "@/components/ui/inline-edit-form";
import { SelectField } from "@/components/ui/select-field";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import { createGrowthAction, editGrowthAction } from "@/lib/actions/growth";
import type { GrowthActionView, OwnerOption } from "@/lib/domain/growth/queries";
import { GROWTH_LIMITS } from "@/lib/domain/growth/schemas";

/** A growth action: what, who (an active member of the agency) and by when. New on a plan, or an edit of `action`. */
export function ActionForm({
  slug,
  planId,
  action,
  defaultOwnerId = "",
  owners,
  onDone,
}: {
  slug: string;
  planId?: string;
  action?: GrowthActionView;
  defaultOwnerId?: string;
  owners: OwnerOption[];
  onDone: () => void;
}) {
  const { field, shell } = useActionFormFields(`action-${action?.id ?? `new-${planId}`}`, { onDone }, (values) => {
    const input = values.pick("title", "ownerId", "dueDate");
    return action
      ? editGrowthAction(slug, { actionId: action.id, ...input })
      : createGrowthAction(slug, { planId, ...input });
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
