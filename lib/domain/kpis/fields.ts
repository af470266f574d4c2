import { z } from "zod";
import { blankToUndefined } from "@/lib/domain/form-fields";

/**
 * Form fields shared by the KPI and growth schemas. Forms send strings; an empty box is "missing", never zero.
 * Every bound mirrors a column in prisma/schema.prisma, so the database never sees a value it would reject.
 */
export const EARLIEST_DATE = "2000-01-01";

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Required text, trimmed, within the column's length. */
export function text(label: string, max: number) {
  return z
    .string({ message: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `Keep the ${label} to ${max} characters.`);
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
