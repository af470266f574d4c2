"use client";

import type { ComponentProps, ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { FormShell, fieldsOf, type FormValues } from "./form-shell";
import { useActionForm, type ActionFormOptions } from "./use-action-form";

type FormState<T> = ReturnType<typeof useActionForm<T>>;
type Field = ReturnType<typeof fieldsOf>;
type ShellProps = Omit<ComponentProps<typeof FormShell>, "form" | "onSubmit" | "children">;

type ActionFormOfProps<T> = ShellProps & {
  form: FormState<T>;
  /** Prefix of the fields' ids (`${idPrefix}-${name}`), which labels, hints and tests refer to. */
  idPrefix: string;
  /** The server action, called with the submitted values. */
  action: (values: FormValues) => Promise<ActionResult<T>>;
  /** After a successful write: close the form, hand the result on. */
  onDone?: (data: T) => void;
  /** Empty the fields after a successful write, for a form that adds one more of something. */
  resetOnDone?: boolean;
  /** The fields, or a function of their binding (`<TextField {...field("name")} … />`) and the form's state. */
  children: ReactNode | ((field: Field, form: FormState<T>) => ReactNode);
};

/**
 * An uncontrolled server-action form whose state the caller keeps (to show its success after the form has closed,
 * or to swap the form for what follows it). The form states only what differs: fields, action, labels.
 */
export function ActionFormOf<T>({
  form,
  idPrefix,
  action,
  onDone,
  resetOnDone,
  children,
  ...shell
}: ActionFormOfProps<T>) {
  const done = (data: T) => {
    if (resetOnDone) form.formRef.current?.reset();
    onDone?.(data);
  };
  return (
    <FormShell {...shell} form={form} onSubmit={(values) => form.submit(() => action(values), done)}>
      {typeof children === "function" ? children(fieldsOf(form, idPrefix), form) : children}
    </FormShell>
  );
}

/** An uncontrolled server-action form that keeps its own state: submit, pending, errors and success in one place. */
export function ActionForm<T = unknown>({
  success,
  navigate,
  replace,
  refresh,
  ...props
}: Omit<ActionFormOfProps<T>, "form"> & ActionFormOptions<T>) {
  const form = useActionForm<T>({ success, navigate, replace, refresh });
  return <ActionFormOf form={form} {...props} />;
}
