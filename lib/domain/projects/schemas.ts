import { z } from "zod";
import { money, optionalDateField } from "@/lib/domain/form-fields";

export const PROJECT_STATUSES = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "ON_HOLD", "DONE"] as const;
export type ProjectStatusValue = (typeof PROJECT_STATUSES)[number];

/** Moving to (or staying in) one of these needs a note saying why. */
export const NOTE_REQUIRED_STATUSES: readonly ProjectStatusValue[] = ["AT_RISK", "OFF_TRACK"];
export const NOTE_MAX = 2000;
// Still imported from here by the import and account schemas.
export { MONEY_MAX } from "@/lib/domain/form-fields";

const uuid = z.uuid({ message: "Unknown id." });
const status = z.enum(PROJECT_STATUSES, { message: "Choose a status." });
const expectedVersion = z.number({ message: "Missing version." }).int().min(1);

/** Forms send strings; an empty box is "missing", not zero. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const percent = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ message: "Enter a whole number from 0 to 100." })
    .int("Use a whole number.")
    .min(0, "Progress cannot be below 0%.")
    .max(100, "Progress cannot be above 100%."),
);

const note = z.preprocess(
  (value) => (value === null ? undefined : value),
  z
    .string({ message: "Enter a note." })
    .trim()
    .max(NOTE_MAX, `Keep the note under ${NOTE_MAX} characters.`)
    .optional()
    .transform((v) => (v ? v : null)),
);

function requireNoteFor<T extends { status: ProjectStatusValue; note: string | null }>(value: T, ctx: z.RefinementCtx) {
  if (NOTE_REQUIRED_STATUSES.includes(value.status) && !value.note) {
    ctx.addIssue({
      code: "custom",
      path: ["note"],
      message: "Say what is wrong and what happens next: a note is required for At risk and Off track.",
    });
  }
}

export const updateStatusSchema = z
  .object({
    projectId: uuid,
    expectedVersion,
    status,
    percentComplete: percent,
    spent: money("amount spent"),
    note,
  })
  .superRefine(requireNoteFor);

export const bulkUpdateStatusSchema = z
  .object({
    items: z
      .array(z.object({ projectId: uuid, expectedVersion }), { message: "Choose at least one project." })
      .min(1, "Choose at least one project.")
      .max(100, "Update at most 100 projects at once."),
    status,
    note,
  })
  .superRefine(requireNoteFor);

const name = z.string({ message: "Enter a name." }).trim().min(2, "Enter a name.").max(160, "Name is too long.");
/** Project dates stay within EARLIEST_DATE and ten years from now: anything else is a typo (a year of 20266), not a plan. */
const PROJECT_YEARS_AHEAD = 10;
const projectDate = (label: string) =>
  optionalDateField(label, {
    latest: () => `${new Date().getUTCFullYear() + PROJECT_YEARS_AHEAD}-12-31`,
    tooLate: `Use a date at most ${PROJECT_YEARS_AHEAD} years ahead.`,
  });

function datesInOrder<T extends { startDate?: string; dueDate?: string }>(value: T, ctx: z.RefinementCtx) {
  if (value.startDate && value.dueDate && value.dueDate < value.startDate) {
    ctx.addIssue({ code: "custom", path: ["dueDate"], message: "The due date cannot be before the start." });
  }
}

export const createProjectSchema = z
  .object({
    accountId: uuid,
    pmId: z.uuid({ message: "Choose a project manager." }),
    name,
    startDate: projectDate("the start date"),
    dueDate: projectDate("the due date"),
    budget: money("budget"),
  })
  .superRefine(datesInOrder);

export const editProjectSchema = z
  .object({
    projectId: uuid,
    expectedVersion,
    name,
    startDate: projectDate("the start date"),
    dueDate: projectDate("the due date"),
    budget: money("budget"),
    /** Only leaders may hand a project to another PM. */
    pmId: uuid.optional(),
  })
  .superRefine(datesInOrder);

export const archiveProjectSchema = z.object({ projectId: uuid, expectedVersion });
