"use client";

import { FormShell } from "@/components/ui/form-shell";
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
  const { submit } = form;
  const idPrefix = `action-${actionId ?? `new-${planId}`}`;
  const { values, bound } = useBoundValues(form, idPrefix, initial);

  function onSubmit() {
    submit(
      () =>
        actionId ? editGrowthAction(slug, { actionId, ...values }) : createGrowthAction(slug, { planId, ...values }),
      onDone,
    );
  }

  return (
    <FormShell
      form={form}
      onSubmit={onSubmit}
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
      label={actionId ? `Edit action ${initial.title}` : "New action"}
      submitLabel={actionId ? "Save action" : "Add action"}
      onCancel={onDone}
    >
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField {...bound("title")} label="Action" maxLength={GROWTH_LIMITS.titleMax} />
        <SelectField
          {...bound("ownerId")}
          label="Owner"
          options={[{ value: "", label: "Choose…" }, ...owners.map((o) => ({ value: o.id, label: o.name }))]}
        />
        <TextField {...bound("dueDate")} label="Due (optional)" type="date" />
      </div>
    </FormShell>
  );
}
