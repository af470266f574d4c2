import { z } from "zod";
import { isoDay } from "@/lib/format/dates";

/**
 * The zod field builders every slice's schemas use. Forms send strings: an empty box means "not given", never zero or
 * "". Lengths match the VARCHAR columns in prisma/schema.prisma, so the database never truncates or rejects what
 * validation let through. Labels carry their article ("the start date"), as the messages quote them.
 */

/** Nothing the app records (a client relationship, an account, a check-in, a KPI period, a plan) predates this. */
export const EARLIEST_DATE = "2000-01-01";
/** Start and renewal dates may be planned at most this many years ahead unless a field says otherwise. */
const FUTURE_YEARS = 10;

export const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

/** Today (UTC) plus `years`, as YYYY-MM-DD: the far-future limit of a date field, read when the input is parsed. */
export function yearsFromToday(years: number, now = new Date()): string {
  const copy = new Date(now);
  copy.setUTCFullYear(copy.getUTCFullYear() + years);
  return isoDay(copy);
}

export const uuidField = (message = "Unknown id.") => z.uuid({ message });

export const expectedVersionField = z.number({ message: "Missing version." }).int().min(1);

/** Required text, trimmed, within the column's length. */
export function requiredText(label: string, max: number, min = 1) {
  return z
    .string({ message: `Enter ${label}.` })
    .trim()
    .min(min, `Enter ${label}.`)
    .max(max, `Keep ${label} to ${max} characters.`);
}

/** Optional text: blank becomes null (stored as NULL, not ""). */
export function optionalText(label: string, max: number) {
  return z.preprocess(
    blankToUndefined,
    z
      .string({ message: `Enter ${label}.` })
      .trim()
      .max(max, `Keep ${label} to ${max} characters.`)
      .optional()
      .transform((v) => v ?? null),
  );
}

/** How far ahead a date may be: whole years from today (0: not in the future), or a limit with its own message. */
export type DateLimit = number | { latest: () => string; tooLate: string };

/** The limit of plans and due dates that reach a few years ahead: "Keep it within 5 years from today." */
export function withinYears(years: number): DateLimit {
  return { latest: () => yearsFromToday(years), tooLate: `Keep it within ${years} years from today.` };
}

/**
 * A calendar date (YYYY-MM-DD) from EARLIEST_DATE up to the limit, which is read when the input is parsed, so "today"
 * is never stale.
 */
export function dateField(label: string, limit: DateLimit = FUTURE_YEARS) {
  const { latest, tooLate } =
    typeof limit === "number"
      ? {
          latest: () => yearsFromToday(limit),
          tooLate:
            limit === 0
              ? `${capitalise(label)} cannot be in the future.`
              : `${capitalise(label)} cannot be more than ${limit} years ahead.`,
        }
      : limit;
  return z
    .string({ message: `Enter ${label} as a date (YYYY-MM-DD).` })
    .trim()
    .pipe(z.iso.date({ message: `Enter ${label} as a date (YYYY-MM-DD).` }))
    .refine((v) => v >= EARLIEST_DATE, `${capitalise(label)} cannot be before ${EARLIEST_DATE.slice(0, 4)}.`)
    .refine((v) => v <= latest(), tooLate);
}

export function optionalDateField(label: string, limit?: DateLimit) {
  return z.preprocess(blankToUndefined, dateField(label, limit).optional());
}

/** Decimal(12, 2), every money column: ten digits before the point. */
export const MONEY_MAX = 9_999_999_999.99;

/** Money as a string with at most two decimals ("1250", "1250.5", "1250.50"); never a float in the database. */
export const money = (label: string) => decimal(label, { max: MONEY_MAX, allowNegative: false });

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

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
