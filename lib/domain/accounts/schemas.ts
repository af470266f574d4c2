import { z } from "zod";
import { CLIENT_LIMITS, CLIENT_TIERS } from "@/lib/domain/clients/schemas";
import { decimal, expectedVersionField, optionalDateField, requiredText, uuidField } from "@/lib/domain/form-fields";
import { MONEY_MAX } from "@/lib/domain/projects/schemas";

export const ACCOUNT_KINDS = ["RETAINER", "PROJECT"] as const;
export const COMPLEXITIES = ["LOW", "STANDARD", "HIGH"] as const;
export const ACCOUNT_STATUSES = ["ACTIVE", "AT_RISK", "PAUSED", "CHURNED"] as const;
export type AccountKindValue = (typeof ACCOUNT_KINDS)[number];
export type ComplexityValue = (typeof COMPLEXITIES)[number];
export type AccountStatusValue = (typeof ACCOUNT_STATUSES)[number];

/** Column lengths of "Account" (prisma/schema.prisma); a renewal is at most this many years after the start. */
export const ACCOUNT_LIMITS = { nameMax: 160, renewalYearsAfterStart: 10 } as const;

/** Monthly value as a string with at most two decimals, never negative, within Decimal(12, 2); never a float. */
const monthlyValue = decimal("monthly value", {
  max: MONEY_MAX,
  allowNegative: false,
  requiredMessage: "Enter the monthly value (0 if none).",
});

function addYears(isoDate: string, years: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function renewalInRange(value: { startDate?: string; renewalDate?: string }, ctx: z.RefinementCtx) {
  // Zod still runs this when a field already failed; compare only two well-formed dates (none when the start is unknown).
  if (!value.renewalDate || !value.startDate || !ISO_DATE.test(value.renewalDate) || !ISO_DATE.test(value.startDate)) {
    return;
  }
  if (value.renewalDate < value.startDate) {
    ctx.addIssue({ code: "custom", path: ["renewalDate"], message: "The renewal cannot be before the start date." });
  } else if (value.renewalDate > addYears(value.startDate, ACCOUNT_LIMITS.renewalYearsAfterStart)) {
    ctx.addIssue({
      code: "custom",
      path: ["renewalDate"],
      message: `The renewal cannot be more than ${ACCOUNT_LIMITS.renewalYearsAfterStart} years after the start.`,
    });
  }
}

const accountFields = {
  name: requiredText("the account's name", ACCOUNT_LIMITS.nameMax, 2),
  kind: z.enum(ACCOUNT_KINDS, { message: "Choose retainer or project." }),
  monthlyValue,
  complexity: z.enum(COMPLEXITIES, { message: "Choose a complexity." }),
  status: z.enum(ACCOUNT_STATUSES, { message: "Choose a status." }),
  /** Blank: the start is unknown (stored as null). */
  startDate: optionalDateField("the start date"),
  renewalDate: optionalDateField("the renewal date"),
};

export const createAccountSchema = z
  .object({
    clientId: uuidField("Choose a client."),
    amId: uuidField("Choose an account manager."),
    ...accountFields,
  })
  .superRefine(renewalInRange);

export const editAccountSchema = z
  .object({ accountId: uuidField(), expectedVersion: expectedVersionField, ...accountFields })
  .superRefine(renewalInRange);

export const archiveAccountSchema = z.object({ accountId: uuidField(), expectedVersion: expectedVersionField });

export const reassignAccountSchema = z.object({
  accountId: uuidField(),
  expectedVersion: expectedVersionField,
  amId: uuidField("Choose an account manager."),
});

export type CreateAccountInput = z.infer<typeof createAccountSchema>;
export type EditAccountInput = z.infer<typeof editAccountSchema>;

/** The list's GET parameters; unknown values are ignored (a URL, not a form). `view=all` for AMs' second tab. */
export const accountListFilterSchema = z.object({
  q: z.string().trim().max(CLIENT_LIMITS.searchMax).optional().catch(undefined),
  tier: z.enum(CLIENT_TIERS).optional().catch(undefined),
  status: z.enum(ACCOUNT_STATUSES).optional().catch(undefined),
  am: z.uuid().optional().catch(undefined),
  view: z.enum(["mine", "all"]).optional().catch(undefined),
});
export type AccountListFilter = z.infer<typeof accountListFilterSchema>;
