import type { TextareaHTMLAttributes } from "react";
import { FieldError, inputClass, labelClass } from "./field";

/** Ids for a control's error and hint, so every field says what is wrong through aria-describedby. */
function described(id: string, errors?: string[], hint?: string) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
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
