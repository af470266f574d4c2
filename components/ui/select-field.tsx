import type { SelectHTMLAttributes } from "react";
import { FieldError, inputClass, labelClass } from "./field";

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> & {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  errors?: string[];
  hint?: string;
  idPrefix?: string;
  /** A first, empty choice ("Any tier", "Choose…"). */
  placeholder?: string;
};

/** A labelled <select> with its hint and server-side errors (aria-invalid, aria-describedby), like TextField. */
export function SelectField({
  name,
  label,
  options,
  errors,
  hint,
  idPrefix = "f",
  placeholder,
  className = "",
  ...rest
}: Props) {
  const id = `${idPrefix}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        className={`${inputClass} mt-1 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-500`}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        {...rest}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
