import { z } from "zod";
import { blankToUndefined, dateField, decimal, optionalText, requiredText, uuidField } from "@/lib/domain/form-fields";
import { OPPORTUNITY_STAGES } from "@/lib/domain/growth/schemas";

/** Column limits of the commercial tables (prisma/schema.prisma). */
export const COMMERCIAL_LIMITS = {
  monthlyHoursMax: 99_999,
  hoursPerMonthMax: 9_999,
  rateMax: 99_999_999,
  feeMax: 9_999_999_999,
  estimateMax: 9_999,
  summaryMax: 500,
  companyMax: 160,
  roleMax: 120,
} as const;

const positiveHours = (label: string, max: number) =>
  decimal(label, { max, allowNegative: false }).refine((v) => Number(v) > 0, `The ${label} must be above 0.`);

export const setScopeSchema = z.object({
  accountId: uuidField(),
  monthlyHours: positiveHours("monthly hours", COMMERCIAL_LIMITS.monthlyHoursMax),
  monthlyFee: decimal("monthly fee", { max: COMMERCIAL_LIMITS.feeMax, allowNegative: false }),
  blendedRate: z.preprocess(
    blankToUndefined,
    positiveHours("blended hourly rate", COMMERCIAL_LIMITS.rateMax)
      .optional()
      .transform((v) => v ?? null),
  ),
});

export const monthField = z
  .string({ message: "Choose a month." })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Choose a month (YYYY-MM).")
  .refine((v) => v >= "2000-01" && v <= "2100-12", "Choose a month between 2000 and 2100.");

/** Hours recorded by hand for a month (replaces the month's earlier hand-recorded figure; timesheets add to it). */
export const recordHoursSchema = z.object({
  accountId: uuidField(),
  month: monthField,
  hours: decimal("hours", { max: COMMERCIAL_LIMITS.hoursPerMonthMax, allowNegative: false }),
});

export const SCOPE_DECISIONS = ["DECLINED", "ABSORBED", "CHANGE_ORDER"] as const;

export const logScopeRequestSchema = z.object({
  accountId: uuidField(),
  askedOn: dateField("the date it was asked", 0),
  contactId: z.preprocess(blankToUndefined, uuidField("Choose a contact from the list.").optional()),
  summary: requiredText("what was asked", COMMERCIAL_LIMITS.summaryMax, 3),
  estimateHours: decimal("estimate in hours", { max: COMMERCIAL_LIMITS.estimateMax, allowNegative: false }),
  decision: z.enum(SCOPE_DECISIONS, { message: "Choose declined, absorbed or change order." }),
});

export const linkValueChangeSchema = z.object({
  valueChangeId: uuidField(),
  /** null unlinks. */
  opportunityId: z.preprocess(blankToUndefined, uuidField("Choose a won opportunity.").nullable().optional()),
});

export const markContactLeftSchema = z.object({
  contactId: uuidField(),
  leftOn: dateField("the date they left", 0),
  newCompany: optionalText("the new company", COMMERCIAL_LIMITS.companyMax),
  newRole: optionalText("the new role", COMMERCIAL_LIMITS.roleMax),
});

/** A new-business lead moves through the same stages as the growth plans' opportunities. */
export const moveLeadSchema = z.object({
  leadId: uuidField(),
  stage: z.enum(OPPORTUNITY_STAGES, { message: "Choose a stage." }),
});

export type ScopeDecisionValue = (typeof SCOPE_DECISIONS)[number];
export const DECISION_LABEL: Record<ScopeDecisionValue, string> = {
  DECLINED: "Declined",
  ABSORBED: "Absorbed",
  CHANGE_ORDER: "Change order",
};
