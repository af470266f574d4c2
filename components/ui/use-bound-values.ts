"use client";

import { useState } from "react";
import { fieldsOf } from "./form-shell";

type Field = ReturnType<typeof fieldsOf>;

/**
 * Binds a controlled field to its form and to the form's values in one spread: id prefix, name, server errors, the
 * value and the change that writes it back (`<TextField {...bound("title")} label=… />`). For text-valued fields.
 */
export function boundFieldsOf<V extends object>(field: Field, values: V, set: (patch: Partial<V>) => void) {
  return <K extends keyof V & string>(name: K) => ({
    ...field(name),
    value: values[name],
    onChange: (event: { target: { value: string } }) => set({ [name]: event.target.value } as Partial<V>),
  });
}

/** A controlled form's values, a `set` that merges a change into them, and its fields bound to both. */
export function useBoundValues<V extends object>(form: Parameters<typeof fieldsOf>[0], idPrefix: string, initial: V) {
  const [values, setValues] = useState(initial);
  const set = (patch: Partial<V>) => setValues((v) => ({ ...v, ...patch }));
  const field = fieldsOf(form, idPrefix);
  return { values, set, field, bound: boundFieldsOf(field, values, set) };
}
