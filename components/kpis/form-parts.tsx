import type { SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { Alert } from "@/components/ui/alert";
import { FieldError, inputClass, labelClass } from "@/components/ui/field";

/** Ids for a control's error and hint, so every field says what is wrong through aria-describedby. */
function described(id: string, errors?: string[], hint?: string) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

type Option = { value: string; label: string };

/** A labelled select with its server-side errors, like TextField. */
export function SelectField({
  idPrefix,
  name,
  label,
  options,
  errors,
  className = "",
  ...select
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> & {
  idPrefix: string;
  name: string;
  label: string;
  options: readonly Option[];
  errors?: string[];
}) {
  const id = `${idPrefix}-${name}`;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        className={`${inputClass} mt-1`}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={described(id, errors)}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A labelled textarea with an optional hint and its server-side errors. */
export function TextAreaField({
  idPrefix,
  name,
  label,
  hint,
  errors,
  className = "",
  ...area
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> & {
  idPrefix: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
}) {
  const id = `${idPrefix}-${name}`;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        className={`${inputClass} mt-1`}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={described(id, errors, hint)}
        {...area}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** The form's message from the server (and any error not tied to one field). */
export function FormMessage({ message, errors }: { message: string | null; errors: Record<string, string[]> }) {
  if (!message) return null;
  const general = errors._form ?? [];
  return (
    <Alert>
      <p className="font-medium">{message}</p>
      {general.length > 0 && <p className="mt-1">{general.join(" ")}</p>}
    </Alert>
  );
}
