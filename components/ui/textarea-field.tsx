import type { ReactNode, TextareaHTMLAttributes } from "react";
import { FieldElement, FieldFrame, inputClass } from "./field";

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
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
}) {
  return (
    <FieldFrame
      {...{ idPrefix, name, label, errors, hint, className }}
      control={(linked) => <FieldElement as="textarea" {...linked} className={`${inputClass} mt-1`} {...area} />}
    />
  );
}
