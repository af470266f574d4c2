"use client";

import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { FormShell } from "./form-shell";
import type { useActionForm } from "./use-action-form";

/**
 * A create-or-edit form opened in place (a plan's "Add action", a card's "Edit"): labelled "New <noun>" or
 * "Edit <noun> <name>", and closed by a successful save or by Cancel.
 */
export function InlineEditForm({
  form,
  noun,
  editing,
  save,
  onDone,
  roomy = false,
  children,
}: {
  form: ReturnType<typeof useActionForm>;
  noun: string;
  /** The edited row's name; absent when the form creates one. */
  editing?: string;
  save: () => Promise<ActionResult<unknown>>;
  onDone: () => void;
  roomy?: boolean;
  children: ReactNode;
}) {
  const isEdit = editing !== undefined;
  return (
    <FormShell
      form={form}
      onSubmit={() => form.submit(save, onDone)}
      className={`space-y-3 rounded-lg border border-slate-200 bg-slate-50 ${roomy ? "p-4" : "p-3"}`}
      label={isEdit ? `Edit ${noun} ${editing}` : `New ${noun}`}
      submitLabel={isEdit ? `Save ${noun}` : `Add ${noun}`}
      onCancel={onDone}
    >
      {children}
    </FormShell>
  );
}
