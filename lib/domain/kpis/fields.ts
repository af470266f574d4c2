import { z } from "zod";

/**
 * Form fields shared by the KPI and growth schemas. Forms send strings; an empty box is "missing", never zero.
 * Every bound mirrors a column in prisma/schema.prisma, so the database never sees a value it would reject.
 */
export const EARLIEST_DATE = "2000-01-01";

export const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today plus `years`, as YYYY-MM-DD (UTC): the far-future limit of a date field, read when the input is parsed. */
export function yearsFromToday(years: number, now = new Date()): string {
  const copy = new Date(now);
  copy.setUTCFullYear(copy.getUTCFullYear() + years);
  return isoDay(copy);
}

/** Required text, trimmed, within the column's length. */
export function text(label: string, max: number) {
  return z
    .string({ message: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `Keep the ${label} to ${max} characters.`);
}

/**
 * A decimal with at most two places, as a string ("1250", "-3.5"), bounded by the column's precision.
 * `allowNegative: false` for money. Numbers are accepted too (JSON callers) and normalised to a fixed 2-place string.
 */
export function decimal(label: string, { max, allowNegative }: { max: number; allowNegative: boolean }) {
  return z.preprocess(
    (value) => (typeof value === "number" ? String(value) : blankToUndefined(value)),
    z
      .string({ message: `Enter the ${label}.` })
      .trim()
      .refine((v) => allowNegative || !v.startsWith("-"), `The ${label} cannot be negative.`)
      .refine((v) => /^-?\d+(\.\d{1,2})?$/.test(v), `Enter the ${label} as a number with at most two decimals.`)
      .refine((v) => Math.abs(Number(v)) <= max, `The ${label} is too large.`)
      .transform((v) => Number(v).toFixed(2)),
  );
}

/** A calendar day (YYYY-MM-DD) from 2000 up to `latest()` (evaluated at parse time, so "today" is never stale). */
export function day(label: string, latest: () => string, tooLate: string) {
  return z
    .string({ message: `Enter the ${label} (YYYY-MM-DD).` })
    .trim()
    .pipe(z.iso.date({ message: `Enter the ${label} as a date (YYYY-MM-DD).` }))
    .refine((v) => v >= EARLIEST_DATE, `The ${label} is too far in the past (2000 or later).`)
    .refine((v) => v <= latest(), tooLate);
}

export function optionalDay(label: string, latest: () => string, tooLate: string) {
  return z.preprocess(blankToUndefined, day(label, latest, tooLate).optional());
}

/** Optional free text: blank becomes null. */
export function optionalText(label: string, max: number) {
  return z.preprocess(
    blankToUndefined,
    z
      .string({ message: `The ${label} must be text.` })
      .trim()
      .max(max, `Keep the ${label} to ${max} characters.`)
      .optional()
      .transform((v) => (v ? v : null)),
  );
}

export const id = (message = "Unknown id.") => z.uuid({ message });
