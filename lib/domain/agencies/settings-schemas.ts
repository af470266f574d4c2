import { z } from "zod";
import { blankToUndefined, expectedVersionField } from "@/lib/domain/form-fields";
import { HEALTH_WEIGHTS_TOTAL, SETTINGS_BOUNDS as B } from "./settings-rules";

/** Forms send strings; each settings section is its own action, and each names the settings version it read. */

export const CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD"] as const;
export const WEEK_STARTS = ["MONDAY", "SUNDAY", "SATURDAY"] as const;
export const REASON_MAX = 500;

function wholeNumber(label: string, { min, max }: { min: number; max: number }) {
  return z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: `Enter ${label}.` })
      .int("Use a whole number.")
      .min(min, `Enter at least ${min}.`)
      .max(max, `Enter at most ${max}.`),
  );
}

/** Any IANA zone this server's Intl knows (what the dates are formatted with), e.g. "Europe/London". */
export function isKnownTimeZone(zone: string): boolean {
  if (zone === "UTC") return true;
  try {
    return Intl.supportedValuesOf("timeZone").includes(zone);
  } catch {
    return false;
  }
}

export const profileSchema = z.object({
  expectedVersion: expectedVersionField,
  name: z
    .string({ message: "Enter the agency's name." })
    .trim()
    .min(2, "Enter the agency's name.")
    .max(120, "Keep the name under 121 characters."),
  employeeCount: wholeNumber("the number of employees", B.employeeCount),
  currency: z.enum(CURRENCIES, { message: "Choose a currency." }),
  timeZone: z
    .string({ message: "Choose a time zone." })
    .trim()
    .max(64, "Choose a time zone from the list.")
    .refine(isKnownTimeZone, "Choose a time zone from the list."),
  weekStart: z.enum(WEEK_STARTS, { message: "Choose the first day of the week." }),
});

export const overrideSchema = z
  .object({
    expectedVersion: expectedVersionField,
    min: wholeNumber("the minimum accounts per AM", B.overrideMin),
    max: wholeNumber("the maximum accounts per AM", B.overrideMax),
    reason: z
      .string({ message: "Say why the agency uses its own guideline." })
      .trim()
      .min(3, "Say why the agency uses its own guideline.")
      .max(REASON_MAX, `Keep the reason under ${REASON_MAX + 1} characters.`),
  })
  .superRefine((value, ctx) => {
    if (typeof value.min === "number" && typeof value.max === "number" && value.min > value.max) {
      ctx.addIssue({ code: "custom", path: ["max"], message: "The maximum cannot be below the minimum." });
    }
  });

export const clearOverrideSchema = z.object({ expectedVersion: expectedVersionField });

export const cadenceSchema = z.object({
  expectedVersion: expectedVersionField,
  cadenceTier1Days: wholeNumber("the days for Tier 1", B.cadenceDays),
  cadenceTier2Days: wholeNumber("the days for Tier 2", B.cadenceDays),
  cadenceTier3Days: wholeNumber("the days for Tier 3", B.cadenceDays),
});

export const healthWeightsSchema = z
  .object({
    expectedVersion: expectedVersionField,
    healthWeightRecency: wholeNumber("a weight", B.healthWeight),
    healthWeightSentiment: wholeNumber("a weight", B.healthWeight),
    healthWeightDelivery: wholeNumber("a weight", B.healthWeight),
    healthWeightKpi: wholeNumber("a weight", B.healthWeight),
  })
  .superRefine((v, ctx) => {
    const parts = [v.healthWeightRecency, v.healthWeightSentiment, v.healthWeightDelivery, v.healthWeightKpi];
    if (!parts.every((p) => typeof p === "number")) return;
    const total = parts.reduce((sum, p) => sum + p, 0);
    if (total !== HEALTH_WEIGHTS_TOTAL) {
      ctx.addIssue({
        code: "custom",
        path: ["healthWeightTotal"],
        message: `The weights add up to ${total}; they must add up to ${HEALTH_WEIGHTS_TOTAL}.`,
      });
    }
  });

export const thresholdsSchema = z.object({
  expectedVersion: expectedVersionField,
  renewalWindowDays: wholeNumber("the renewal window in days", B.renewalWindowDays),
  staleProjectDays: wholeNumber("the days without a project update", B.staleProjectDays),
  sentimentDropPoints: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: "Enter the sentiment drop in points." })
      .min(B.sentimentDropPoints.min, `Enter at least ${B.sentimentDropPoints.min}.`)
      .max(B.sentimentDropPoints.max, `Enter at most ${B.sentimentDropPoints.max}.`)
      .refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9, "Use at most one decimal (e.g. 1.5)."),
  ),
  relationshipMinContacts: wholeNumber("the minimum number of contacts", B.relationshipMinContacts),
});

export const dismissGuideSchema = z.object({ expectedVersion: expectedVersionField });
