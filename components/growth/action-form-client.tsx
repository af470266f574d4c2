"use client";

import { useState } from "react";
import { FormShell, fieldsOf } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
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
  const [values, setValues] = useState(initial);
  const form = useActionForm();
  const { submit } = form;
  const idPrefix = `action-${actionId ?? `new-${planId}`}`;
  const field = fieldsOf(form, idPrefix);
  const set = (patch: Partial<ActionValues>) => setValues((v) => ({ ...v, ...patch }));

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
        <TextField
          {...field("title")}
          label="Action"
          maxLength={GROWTH_LIMITS.titleMax}
          value={values.title}
          onChange={(e) => set({ title: e.target.value })}
        />
        <SelectField
          {...field("ownerId")}
          label="Owner"
          value={values.ownerId}
          onChange={(e) => set({ ownerId: e.target.value })}
          options={[{ value: "", label: "Choose…" }, ...owners.map((o) => ({ value: o.id, label: o.name }))]}
        />
        <TextField
          {...field("dueDate")}
          label="Due (optional)"
          type="date"
          value={values.dueDate}
          onChange={(e) => set({ dueDate: e.target.value })}
        />
      </div>
    </FormShell>
  );
}
