"use client";

import { useState, type ReactNode } from "react";
import { Button } from "./button";
import { FormShell, type FormValues } from "./form-shell";
import type { useActionForm } from "./use-action-form";

/**
 * A create-or-edit form opened in place (a plan's "Add action", a card's "Edit"): labelled "New <noun>" or
 * "Edit <noun> <name>", and closed by a successful save or by Cancel. It takes the `shell` of useActionFormFields
 * (`<InlineEditForm {...shell} …>`), whose `onDone` closes it.
 */
export function InlineEditForm({
  form,
  noun,
  editing,
  roomy = false,
  onDone,
  children,
  onSubmit,
}: {
  form: ReturnType<typeof useActionForm>;
  noun: string;
  /** The edited row's name; absent when the form creates one. */
  editing?: string;
  onDone: () => void;
  roomy?: boolean;
  children: ReactNode;
  onSubmit: (values: FormValues) => void;
}) {
  const isEdit = editing !== undefined;
  return (
    <FormShell
      form={form}
      onSubmit={onSubmit}
      className={`space-y-3 rounded-lg border border-slate-200 bg-slate-50 ${roomy ? "p-4" : "p-3"}`}
      label={isEdit ? `Edit ${noun} ${editing}` : `New ${noun}`}
      submitLabel={isEdit ? `Save ${noun}` : `Add ${noun}`}
      onCancel={onDone}
    >
      {children}
    </FormShell>
  );
}

/** A button that opens a form in its place ("Add action"); the form is given `close` for its save and Cancel. */
export function OpenFormButton({ label, form }: { label: string; form: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  if (open) return form(() => setOpen(false));
  return (
    <Button variant="secondary" onClick={() => setOpen(true)}>
      {label}
    </Button>
  );
}

/**
 * A row or card that an "Edit" button swaps for its form until the form closes: `children` draws the view and places
 * the button it is given; the button names what it edits for a screen reader.
 */
export function EditInPlace({
  name,
  form,
  children,
}: {
  name: string;
  form: (close: () => void) => ReactNode;
  children: (editButton: ReactNode) => ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  if (editing) return form(() => setEditing(false));
  return children(
    <Button variant="ghost" size="xs" onClick={() => setEditing(true)} aria-label={`Edit ${name}`}>
      Edit
    </Button>,
  );
}
