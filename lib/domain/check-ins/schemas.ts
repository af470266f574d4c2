import { z } from "zod";
import { EARLIEST_DATE } from "@/lib/domain/form-fields";

export const CHECK_IN_CHANNELS = ["CALL", "MEETING", "EMAIL", "QBR", "CHAT", "OTHER"] as const;
export type CheckInChannel = (typeof CHECK_IN_CHANNELS)[number];

export const SENTIMENT_REASONS = [
  "DELIVERY",
  "BUDGET",
  "COMMUNICATION",
  "RESULTS",
  "STAFFING",
  "STRATEGY",
  "OTHER",
] as const;
export type SentimentReason = (typeof SENTIMENT_REASONS)[number];

export const CHECK_IN_LIMITS = {
  summaryMax: 4000,
  nextStepsMax: 4000,
  attendeesMax: 20,
  /** A check-in may be logged up to a day ahead (time zones, a meeting booked for tomorrow morning). */
  futureDays: 1,
  earliest: new Date(`${EARLIEST_DATE}T00:00:00.000Z`),
  /** The next check-in may be planned at most this far ahead. */
  nextDueYears: 2,
} as const;

const DAY_MS = 86_400_000;

/** Blank form values ("" or null) mean "not given". */
const blank = (value: unknown) => (value === "" || value === null ? undefined : value);

function optionalDate(label: string) {
  return z.preprocess(blank, z.coerce.date({ message: `Enter a valid ${label}.` }).optional());
}

function addYears(date: Date, years: number): Date {
  const copy = new Date(date);
  copy.setUTCFullYear(copy.getUTCFullYear() + years);
  return copy;
}

/**
 * One check-in as the form sends it. Dates may arrive as ISO strings or Dates; omitted ones are filled in by the
 * mutation (occurredAt: now; nextDueAt: occurredAt + the tier's cadence). Every message names the field's problem in
 * words an account manager understands.
 */
export const logCheckInSchema = z
  .object({
    accountId: z.uuid({ message: "Choose an account." }),
    occurredAt: optionalDate("date for the check-in")
      .refine((d) => d === undefined || d.getTime() <= Date.now() + CHECK_IN_LIMITS.futureDays * DAY_MS, {
        message: "The check-in cannot be more than a day in the future.",
      })
      .refine((d) => d === undefined || d >= CHECK_IN_LIMITS.earliest, {
        message: `The date is too far in the past (${EARLIEST_DATE.slice(0, 4)} or later).`,
      }),
    channel: z.enum(CHECK_IN_CHANNELS, { message: "Choose how you were in touch." }),
    sentiment: z
      .number({ message: "Choose how the client felt, from 1 to 5." })
      .int("Choose how the client felt, from 1 to 5.")
      .min(1, "Sentiment is from 1 (very negative) to 5 (very positive).")
      .max(5, "Sentiment is from 1 (very negative) to 5 (very positive)."),
    sentimentReason: z.preprocess(blank, z.enum(SENTIMENT_REASONS, { message: "Choose a listed reason." }).optional()),
    summary: z
      .string({ message: "Write a short summary." })
      .trim()
      .min(1, "Write a short summary.")
      .max(CHECK_IN_LIMITS.summaryMax, `Keep the summary under ${CHECK_IN_LIMITS.summaryMax} characters.`),
    nextSteps: z.preprocess(
      blank,
      z
        .string({ message: "Next steps must be text." })
        .trim()
        .max(CHECK_IN_LIMITS.nextStepsMax, `Keep the next steps under ${CHECK_IN_LIMITS.nextStepsMax} characters.`)
        .optional(),
    ),
    attendeeIds: z
      .array(z.uuid({ message: "Unknown contact." }), { message: "Choose contacts from the list." })
      .max(CHECK_IN_LIMITS.attendeesMax, `Choose at most ${CHECK_IN_LIMITS.attendeesMax} contacts.`)
      .default([])
      .transform((ids) => [...new Set(ids)]),
    nextDueAt: optionalDate("next due date").refine(
      (d) => d === undefined || d <= addYears(new Date(), CHECK_IN_LIMITS.nextDueYears),
      { message: `Plan the next check-in within ${CHECK_IN_LIMITS.nextDueYears} years.` },
    ),
  })
  .superRefine((value, ctx) => {
    const occurredAt = value.occurredAt ?? new Date();
    if (value.nextDueAt && value.nextDueAt < startOfUtcDay(occurredAt)) {
      ctx.addIssue({
        code: "custom",
        path: ["nextDueAt"],
        message: "The next check-in cannot be due before this one took place.",
      });
    }
  });

export type LogCheckInInput = z.infer<typeof logCheckInSchema>;

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** The default next due date: the check-in's date plus the cadence of the client's tier. */
export function defaultNextDue(occurredAt: Date, cadenceDays: number): Date {
  return new Date(occurredAt.getTime() + cadenceDays * DAY_MS);
}
