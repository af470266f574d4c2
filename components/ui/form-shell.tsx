"use client";

import type { ReactNode, RefObject } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import type { ButtonVariant } from "./button-class";
import { FormMessage } from "./form-message";

/** What the shell needs from useActionForm. */
type FormState = {
  formRef: RefObject<HTMLFormElement | null>;
  pending: boolean;
  errors: Record<string, string[]>;
  message: string | null;
  success: string | null;
};

/** The submitted fields by name, as strings ("" when absent): what every form used to read from FormData by hand. */
export type FormValues = {
  get(name: string): string;
  getAll(name: string): string[];
  /** Several fields at once, by name: what an action's input spreads (`{ accountId, ...values.pick("a", "b") }`). */
  pick<K extends string>(...names: K[]): Record<K, string>;
};

function valuesOf(form: HTMLFormElement): FormValues {
  const data = new FormData(form);
  const get = (name: string) => String(data.get(name) ?? "");
  return {
    get,
    getAll: (name) => data.getAll(name).map(String),
    pick: <K extends string>(...names: K[]) =>
      Object.fromEntries(names.map((name) => [name, get(name)])) as Record<K, string>,
  };
}

/** An uncontrolled edit form's starting values by field name (a row's current values). */
export type StartingValues = Readonly<Record<string, string | null | undefined>>;

/** Binds a field to its form: its id prefix, name and server errors (`<TextField {...field("name")} label=… />`). */
export function fieldsOf(form: Pick<FormState, "errors">, idPrefix: string, starting?: StartingValues) {
  return (name: string) => ({
    idPrefix,
    name,
    errors: form.errors[name],
    ...(starting && name in starting ? { defaultValue: starting[name] ?? "" } : {}),
  });
}

/**
 * A server-action form: the message (or the conflict alert given as `alert`), a success note, the fields, and the
 * save/cancel row. The form is not validated by the browser (noValidate): the server's zod schema speaks for it.
 * The submit button waits for hydration (an Enter before then would submit the form natively); should the browser
 * submit natively all the same, it posts, so no field (a password) ever lands in the address bar, the history or a
 * server log.
 */
export function FormShell({
  form: { formRef, pending, errors, message, success },
  label,
  onSubmit,
  submitLabel,
  pendingLabel = "Saving…",
  submitVariant,
  onCancel,
  alert,
  footer,
  className = "space-y-4",
  children,
}: {
  form: FormState;
  label: string;
  onSubmit: (values: FormValues) => void;
  submitLabel: string;
  pendingLabel?: string;
  /** "danger" for a submit that destroys (deleting the agency). */
  submitVariant?: ButtonVariant;
  onCancel?: () => void;
  alert?: ReactNode;
  /** More controls in the save/cancel row. */
  footer?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      ref={formRef}
      method="post"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(valuesOf(event.currentTarget));
      }}
      noValidate
      className={className}
      aria-label={label}
    >
      {alert ?? <FormMessage message={message} errors={errors} />}
      {success && <Alert tone="success">{success}</Alert>}
      {children}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant={submitVariant} pending={pending} awaitHydration>
          {pending ? pendingLabel : submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
        {footer}
      </div>
    </form>
  );
}
