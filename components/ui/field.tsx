import { createElement, type ComponentProps, type InputHTMLAttributes, type ReactNode } from "react";
import { isoDay } from "@/lib/format/dates";
import { HydratedControl } from "./hydrated-control";

/**
 * A field's look without its padding and text size. Two Tailwind utilities for one property are settled by stylesheet
 * order, not by the class list, so a size is chosen here (`inputClass`, `compactInputClass`), never added beside one.
 */
export const inputBaseClass =
  "block w-full rounded-md border border-slate-300 bg-white text-slate-900 shadow-sm " +
  "placeholder:text-slate-400 focus:border-indigo-500 focus:outline-2 focus:outline-offset-0 focus:outline-indigo-500 " +
  "aria-invalid:border-rose-500 aria-invalid:focus:outline-rose-500";
export const inputClass = `${inputBaseClass} px-3 py-2 text-sm`;
/** Inside a card's small controls (a stage select beside a button of size "xs"). */
export const compactInputClass = `${inputBaseClass} px-2 py-1 text-xs`;

export const labelClass = "block text-sm font-medium text-slate-800";

/** Errors under a control, linked to it through aria-describedby. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-rose-700">
      {errors.join(" ")}
    </p>
  );
}

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  name: string;
  label: ReactNode;
  errors?: string[];
  hint?: ReactNode;
  idPrefix?: string;
};

/** What links a control to its label, hint and errors. */
type Linked = { id: string; name: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

/**
 * A labelled control with its hint and server-side errors: the frame every field shares. `control` draws the input,
 * select or textarea with the props that link it (id, name, aria-invalid, aria-describedby).
 */
export function FieldFrame({
  idPrefix,
  name,
  label,
  hint,
  errors,
  className,
  control,
}: {
  idPrefix: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  className: string;
  control: (linked: Linked) => ReactNode;
}) {
  const id = `${idPrefix}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {control({ id, name, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy })}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/**
 * A field's element. Given an `onChange` it is controlled, so it waits for hydration (`HydratedControl`): what is
 * typed or chosen before React runs would never reach the state. Without one it is a plain element of its form and
 * works without JavaScript (the GET filter forms), so it is never disabled for want of it.
 */
export function FieldElement<T extends "input" | "select" | "textarea">({
  as,
  ...props
}: { as: T } & ComponentProps<T>) {
  if ((props as { onChange?: unknown }).onChange) return <HydratedControl as={as} {...(props as ComponentProps<T>)} />;
  return createElement(as, props);
}

/** A labelled input with its hint and server-side errors (aria-invalid, aria-describedby). */
export function TextField({ name, label, errors, hint, idPrefix = "f", className = "", ...input }: FieldProps) {
  return (
    <FieldFrame
      {...{ idPrefix, name, label, errors, hint, className }}
      control={(linked) => <FieldElement as="input" {...linked} className={`${inputClass} mt-1`} {...input} />}
    />
  );
}

/** A date input showing `date` (empty for none), uncontrolled: the form reads it as "YYYY-MM-DD" or "". */
export function DateField({
  date,
  ...props
}: Omit<FieldProps, "type" | "defaultValue"> & { date?: Date | string | null }) {
  return <TextField {...props} type="date" defaultValue={date instanceof Date ? isoDay(date) : (date ?? "")} />;
}

/** A new password's input: the browser may offer one, and the policy's length is stated (sign-up, change of password). */
export function newPasswordProps(minLength: number) {
  return {
    type: "password",
    autoComplete: "new-password",
    required: true,
    minLength,
    hint: `At least ${minLength} characters.`,
  } as const;
}
