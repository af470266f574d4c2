import type { ReactNode, SelectHTMLAttributes } from "react";
import { FieldElement, FieldFrame, inputClass } from "./field";

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> & {
  name: string;
  label: ReactNode;
  options: readonly { value: string; label: string }[];
  errors?: string[];
  hint?: ReactNode;
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
  return (
    <FieldFrame
      {...{ idPrefix, name, label, errors, hint, className }}
      control={(linked) => (
        <FieldElement
          as="select"
          {...linked}
          className={`${inputClass} mt-1 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-500`}
          {...rest}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </FieldElement>
      )}
    />
  );
}
