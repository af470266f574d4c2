"use client";

import { useState, type FormEvent } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
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
  const { formRef, pending, errors, message, submit } = useActionForm();
  const idPrefix = `action-${actionId ?? `new-${planId}`}`;
  const set = (patch: Partial<ActionValues>) => setValues((v) => ({ ...v, ...patch }));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit(
      () =>
        actionId ? editGrowthAction(slug, { actionId, ...values }) : createGrowthAction(slug, { planId, ...values }),
      onDone,
    );
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
      aria-label={actionId ? `Edit action ${initial.title}` : "New action"}
    >
      <FormMessage message={message} errors={errors} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          idPrefix={idPrefix}
          name="title"
          label="Action"
          maxLength={GROWTH_LIMITS.titleMax}
          value={values.title}
          onChange={(e) => set({ title: e.target.value })}
          errors={errors.title}
        />
        <SelectField
          idPrefix={idPrefix}
          name="ownerId"
          label="Owner"
          value={values.ownerId}
          onChange={(e) => set({ ownerId: e.target.value })}
          options={[{ value: "", label: "Choose…" }, ...owners.map((o) => ({ value: o.id, label: o.name }))]}
          errors={errors.ownerId}
        />
        <TextField
          idPrefix={idPrefix}
          name="dueDate"
          label="Due (optional)"
          type="date"
          value={values.dueDate}
          onChange={(e) => set({ dueDate: e.target.value })}
          errors={errors.dueDate}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : actionId ? "Save action" : "Add action"}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
