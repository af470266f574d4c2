import { z } from "zod";
import { dateField, optionalText, requiredText, uuidField, yearsFromToday } from "@/lib/domain/form-fields";
import { SIGNAL_TYPE_ORDER } from "@/lib/domain/portfolio/signal-types";
import { FOLLOW_UP_ASSIGNEES, MAX_DUE_IN_DAYS } from "./rules";

/** Column limits (prisma/schema.prisma FollowUp). */
export const FOLLOW_UP_LIMITS = { titleMax: 200, noteMax: 1000, yearsAhead: 2 } as const;

const dueDate = dateField("the due date", {
  latest: () => yearsFromToday(FOLLOW_UP_LIMITS.yearsAhead),
  tooLate: "Keep it within two years from today.",
});

export const createFollowUpSchema = z.object({
  accountId: uuidField("Choose an account."),
  title: requiredText("the title", FOLLOW_UP_LIMITS.titleMax),
  reason: optionalText("the note", FOLLOW_UP_LIMITS.noteMax),
  dueDate,
  /** Blank = the account's AM. */
  assigneeId: z.preprocess((v) => (v === "" ? undefined : v), uuidField("Choose a member.").optional()),
});

export const closeFollowUpSchema = z.object({
  followUpId: uuidField(),
  outcome: requiredText("the outcome", FOLLOW_UP_LIMITS.noteMax),
});

export const reassignFollowUpSchema = z.object({
  followUpId: uuidField(),
  assigneeId: uuidField("Choose a member."),
});

/** A checkbox: "on" (the browser's value) or a boolean; absent or blank = off; anything else is refused. */
const checkbox = z.preprocess(
  (v) => (v === "on" || v === "true" ? true : v === undefined || v === "" || v === "off" || v === "false" ? false : v),
  z.boolean({ message: "Tick the box or leave it empty." }),
);

export const updateFollowUpRuleSchema = z.object({
  signalType: z.enum(SIGNAL_TYPE_ORDER as unknown as [string, ...string[]], { message: "Choose a signal." }),
  enabled: checkbox,
  assignee: z.enum(FOLLOW_UP_ASSIGNEES, { message: "Choose who gets it." }),
  dueInDays: z.coerce
    .number({ message: "Enter the number of days." })
    .int("Enter a whole number of days.")
    .min(0, "Enter 0 or more days.")
    .max(MAX_DUE_IN_DAYS, `Keep it within ${MAX_DUE_IN_DAYS} days.`),
});

export type CreateFollowUpInput = z.infer<typeof createFollowUpSchema>;
export type CloseFollowUpInput = z.infer<typeof closeFollowUpSchema>;
export type ReassignFollowUpInput = z.infer<typeof reassignFollowUpSchema>;
export type UpdateFollowUpRuleInput = z.infer<typeof updateFollowUpRuleSchema>;
