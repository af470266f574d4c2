import { z } from "zod";
import { blankToUndefined, yearsFromToday } from "@/lib/domain/form-fields";

/**
 * Field builders shared by the client, contact and account forms. Forms send strings: an empty box means "not given",
 * never zero or "". Lengths match the VARCHAR columns in prisma/schema.prisma, so the database never truncates or
 * rejects what validation let through.
 */
export const DATE_LIMITS = {
  /** Nothing we track started before this. */
  earliest: "1900-01-01",
  /** Start and renewal dates may be planned at most this many years ahead. */
  futureYears: 10,
} as const;

export const uuidField = (message = "Unknown id.") => z.uuid({ message });

export function requiredText(label: string, max: number, min = 1) {
  return z
    .string({ message: `Enter ${label}.` })
    .trim()
    .min(min, `Enter ${label}.`)
    .max(max, `Keep ${label} under ${max + 1} characters.`);
}

/** Optional text: blank becomes null (stored as NULL, not ""). */
export function optionalText(label: string, max: number) {
  return z.preprocess(
    blankToUndefined,
    z
      .string({ message: `Enter ${label}.` })
      .trim()
      .max(max, `Keep ${label} under ${max + 1} characters.`)
      .optional()
      .transform((v) => v ?? null),
  );
}

/** A calendar date (YYYY-MM-DD) no earlier than 1900 and at most `futureYears` ahead (0: not in the future). */
export function dateField(label: string, futureYears: number = DATE_LIMITS.futureYears) {
  return z.iso
    .date({ message: `Enter ${label} as a date (YYYY-MM-DD).` })
    .refine((v) => v >= DATE_LIMITS.earliest, `${capitalise(label)} cannot be before 1900.`)
    .refine(
      (v) => v <= yearsFromToday(futureYears),
      futureYears === 0
        ? `${capitalise(label)} cannot be in the future.`
        : `${capitalise(label)} cannot be more than ${futureYears} years ahead.`,
    );
}

export function optionalDateField(label: string, futureYears?: number) {
  return z.preprocess(blankToUndefined, dateField(label, futureYears).optional());
}

export const expectedVersionField = z.number({ message: "Missing version." }).int().min(1);

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A stored date (UTC midnight) back to the form's YYYY-MM-DD. */
export const toIsoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
