import { z } from "zod";

/**
 * Field pieces every slice's zod schemas share. Forms send strings: an empty box means "not given", never zero.
 * Slice-specific builders (text lengths, date bounds) live beside their schemas: lib/domain/kpis/fields.ts,
 * lib/domain/clients/form-fields.ts.
 */
export const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

/** Today (UTC) plus `years`, as YYYY-MM-DD: the far-future limit of a date field, read when the input is parsed. */
export function yearsFromToday(years: number, now = new Date()): string {
  const copy = new Date(now);
  copy.setUTCFullYear(copy.getUTCFullYear() + years);
  return copy.toISOString().slice(0, 10);
}

/**
 * A decimal with at most two places, as a string ("1250", "-3.5"), bounded by its column's precision; never a float.
 * `allowNegative: false` for money. Numbers are accepted too (JSON callers); the result is a fixed 2-place string.
 */
export function decimal(
  label: string,
  { max, allowNegative, requiredMessage }: { max: number; allowNegative: boolean; requiredMessage?: string },
) {
  return z.preprocess(
    (value) => (typeof value === "number" ? String(value) : blankToUndefined(value)),
    z
      .string({ message: requiredMessage ?? `Enter the ${label}.` })
      .trim()
      .refine((v) => allowNegative || !v.startsWith("-"), { message: `The ${label} cannot be negative.`, abort: true })
      .refine(
        (v) => /^-?\d+(\.\d{1,2})?$/.test(v),
        `Enter the ${label} as ${allowNegative ? "a number" : "an amount"} with at most two decimals.`,
      )
      .refine((v) => Math.abs(Number(v)) <= max, `The ${label} is too large.`)
      .transform((v) => Number(v).toFixed(2)),
  );
}
