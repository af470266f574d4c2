"use client";

import { InlineEditForm } from "@/components/ui/inline-edit-form";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useBoundValues } from "@/components/ui/use-bound-values";
import { TextField } from "@/components/ui/field";
import { createGrowthAction, editGrowthAction } from "@/lib/actions/growth";
import type { OwnerOption } from "@/lib/domain/growth/queries";
import { GROWTH_LIMITS } from "@/lib/domain/growth/schemas";

export type ActionValues = { title: string; ownerId: string; dueDate: string };

/** A growth action: what, who (an active member of the agency) and by when. New on a plan, or an edit. */
export function ActionForm({
  slug,
  planId,
  actionId,
  initial,
  owners,
  onDone,
}: {
  slug: string;
  planId?: string;
  actionId?: string;
  initial: ActionValues;
  owners: OwnerOption[];
  onDone: () => void;
}) {
  const form = useActionForm();
  const idPrefix = `action-${actionId ?? `new-${planId}`}`;
  const { values, bound } = useBoundValues(form, idPrefix, initial);

  const editing = actionId ? initial.title : undefined;
  const save = () =>
    actionId ? editGrowthAction(slug, { actionId, ...values }) : createGrowthAction(slug, { planId, ...values });

  return (
    <InlineEditForm form={form} noun="action" editing={editing} save={save} onDone={onDone}>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField {...bound("title")} label="Action" maxLength={GROWTH_LIMITS.titleMax} />
        <SelectField
          {...bound("ownerId")}
          label="Owner"
          options={[{ value: "", label: "Choose…" }, ...owners.map((o) => ({ value: o.id, label: o.name }))]}
        />
        <TextField {...bound("dueDate")} label="Due (optional)" type="date" />
      </div>
    </InlineEditForm>
  );
}
