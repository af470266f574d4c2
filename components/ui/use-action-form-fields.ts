"use client";

import type { ActionResult } from "@/lib/actions/result";
import { fieldsOf, type FormValues, type StartingValues } from "./form-shell";
import { useActionForm, type ActionFormOptions } from "./use-action-form";

export type ActionFormFieldsOptions<T> = ActionFormOptions<T> & {
  /** After a successful write: close the form, hand the result on. */
  onDone?: (data: T) => void;
  /** Empty the fields after a successful write, for a form that adds one more of something. */
  resetOnDone?: boolean;
  /** An edit form's fields start from these values (`field(name)` carries its `defaultValue`). */
  starting?: StartingValues;
};

/**
 * An uncontrolled server-action form in one call, so that the form states only what differs (fields, action,
 * labels): its state, its fields bound by name (`<TextField {...field("name")} … />`) and what the FormShell needs
 * to submit the values to the action (`<FormShell {...shell} label=… submitLabel=…>`).
 */
export function useActionFormFields<T = unknown>(
  idPrefix: string,
  { onDone, resetOnDone, starting, ...options }: ActionFormFieldsOptions<T>,
  action: (values: FormValues) => Promise<ActionResult<T>>,
) {
  const form = useActionForm<T>(options);
  const done = (data: T) => {
    if (resetOnDone) form.formRef.current?.reset();
    onDone?.(data);
  };
  const onSubmit = (values: FormValues) => form.submit(() => action(values), done);
  return { form, field: fieldsOf(form, idPrefix, starting), shell: { form, onSubmit } };
}
