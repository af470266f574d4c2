import { z } from "zod";
import {
  blankToUndefined,
  dateField,
  optionalDateField,
  optionalText,
  requiredText,
  uuidField,
  withinYears,
} from "@/lib/domain/form-fields";
import { COMPETENCIES, SCORE_MAX, SCORE_MIN } from "./competencies";

/** Column limits (prisma/schema.prisma, the people block). */
export const PEOPLE_LIMITS = {
  levelNameMax: 80,
  summaryMax: 500,
  kpiNamesMax: 10,
  kpiNameMax: 120,
  expectationMax: 500,
  evidenceMax: 2000,
  titleMax: 200,
  topicsMax: 2000,
  notesMax: 4000,
  questionsMax: 2000,
  actionsMax: 10,
  cadenceMin: 1,
  cadenceMax: 365,
  yearsAhead: 2,
} as const;

const withinPeopleYears = withinYears(PEOPLE_LIMITS.yearsAhead);
const today = () => new Date().toISOString().slice(0, 10);
const notFuture = "This cannot be in the future.";

const competency = z.enum(COMPETENCIES, { message: "Choose a competency." });
const score = (label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z
      .number({ message: `Enter a score for ${label} (${SCORE_MIN}–${SCORE_MAX}).` })
      .int(`Scores are whole numbers (${SCORE_MIN}–${SCORE_MAX}).`)
      .min(SCORE_MIN, `Scores run from ${SCORE_MIN} to ${SCORE_MAX}.`)
      .max(SCORE_MAX, `Scores run from ${SCORE_MIN} to ${SCORE_MAX}.`),
  );
const optionalScore = (label: string) => z.preprocess(blankToUndefined, score(label).optional());

/** Per competency: a required minimum score and an optional description (the level editor). */
const expectationFields = Object.fromEntries(
  COMPETENCIES.map((c) => [
    c,
    z.object({
      minScore: score(c.toLowerCase()),
      description: optionalText("the description", PEOPLE_LIMITS.expectationMax),
    }),
  ]),
) as {
  [K in (typeof COMPETENCIES)[number]]: z.ZodObject<{
    minScore: ReturnType<typeof score>;
    description: ReturnType<typeof optionalText>;
  }>;
};

/** The checked KPI definitions of a level (one form value per box; none checked = no KPIs); errors name the list. */
const kpiNames = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.unknown())
    .superRefine((names, ctx) => {
      const bad = names.some((n) => typeof n !== "string" || !n.trim() || n.trim().length > PEOPLE_LIMITS.kpiNameMax);
      if (bad) ctx.addIssue({ code: "custom", message: "Choose KPIs from the list." });
      if (names.length > PEOPLE_LIMITS.kpiNamesMax) {
        ctx.addIssue({ code: "custom", message: `At most ${PEOPLE_LIMITS.kpiNamesMax} KPIs per level.` });
      }
    })
    .transform((names) => names.map((n) => String(n).trim())),
);

export const setLevelKpisSchema = z.object({ levelId: uuidField("Unknown level."), kpiNames });

export const editLevelSchema = z.object({
  levelId: uuidField("Unknown level."),
  expectedVersion: z.coerce.number({ message: "Reload the page and try again." }).int().min(1),
  name: requiredText("the level name", PEOPLE_LIMITS.levelNameMax),
  summary: optionalText("the summary", PEOPLE_LIMITS.summaryMax),
  expectations: z.object(expectationFields),
});

export const setLevelSchema = z.object({
  membershipId: uuidField("Unknown member."),
  levelId: uuidField("Choose a level."),
});

export const setManagerSchema = z.object({
  membershipId: uuidField("Unknown member."),
  managerId: z.preprocess(blankToUndefined, uuidField("Choose a manager.").optional()).transform((v) => v ?? null),
  cadenceDays: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z
      .number({ message: "Enter how often the 1:1 happens, in days." })
      .int("Enter a whole number of days.")
      .min(PEOPLE_LIMITS.cadenceMin, "At least every day.")
      .max(PEOPLE_LIMITS.cadenceMax, "At least once a year."),
  ),
});

export const recordAssessmentSchema = z
  .object({
    membershipId: uuidField("Unknown member."),
    source: z.enum(["SELF", "MANAGER"], { message: "Choose whose view this is." }),
    assessedOn: dateField("the assessment date", { latest: today, tooLate: notFuture }),
    scores: z.object(
      Object.fromEntries(COMPETENCIES.map((c) => [c, optionalScore(c.toLowerCase())])) as {
        [K in (typeof COMPETENCIES)[number]]: ReturnType<typeof optionalScore>;
      },
    ),
    evidence: z.object(
      Object.fromEntries(COMPETENCIES.map((c) => [c, optionalText("the evidence", PEOPLE_LIMITS.evidenceMax)])) as {
        [K in (typeof COMPETENCIES)[number]]: ReturnType<typeof optionalText>;
      },
    ),
  })
  .superRefine((value, ctx) => {
    if (!COMPETENCIES.some((c) => value.scores[c] !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["scores"], message: "Score at least one competency." });
    }
  });

export const DEVELOPMENT_KINDS = ["GOAL", "TRAINING"] as const;
export const DEVELOPMENT_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "DROPPED"] as const;

export const addDevelopmentItemSchema = z.object({
  membershipId: uuidField("Unknown member."),
  kind: z.enum(DEVELOPMENT_KINDS, { message: "Choose goal or training." }),
  title: requiredText("the title", PEOPLE_LIMITS.titleMax),
  competency: z.preprocess(blankToUndefined, competency.optional()).transform((v) => v ?? null),
  dueDate: optionalDateField("the due date", withinPeopleYears),
});

export const setDevelopmentItemStatusSchema = z.object({
  itemId: uuidField("Unknown item."),
  status: z.enum(DEVELOPMENT_STATUSES, { message: "Choose a status." }),
});

/** Agreed actions: one per line (a textarea) or a list (JSON callers); blank lines are dropped. */
function actionLines(value: unknown): unknown {
  const list = typeof value === "string" ? value.split("\n") : (value ?? []);
  return Array.isArray(list) ? list.map((s) => (typeof s === "string" ? s.trim() : s)).filter((s) => s !== "") : list;
}

export const recordOneOnOneSchema = z.object({
  amId: uuidField("Unknown member."),
  heldOn: dateField("the date of the 1:1", { latest: today, tooLate: notFuture }),
  topics: requiredText("the topics", PEOPLE_LIMITS.topicsMax),
  coachingNotes: optionalText("the coaching notes", PEOPLE_LIMITS.notesMax),
  questions: optionalText("the questions raised", PEOPLE_LIMITS.questionsMax),
  actions: z.preprocess(
    actionLines,
    z
      .array(z.string().max(PEOPLE_LIMITS.titleMax, `Keep each action to ${PEOPLE_LIMITS.titleMax} characters.`))
      .max(PEOPLE_LIMITS.actionsMax, `At most ${PEOPLE_LIMITS.actionsMax} actions per 1:1.`),
  ),
  actionsDueDate: optionalDateField("the actions' due date", withinPeopleYears),
});

export const setOneOnOneActionDoneSchema = z.object({
  actionId: uuidField("Unknown action."),
  done: z.preprocess(
    (v) => (v === "true" ? true : v === "false" ? false : v),
    z.boolean({ message: "Say done or not." }),
  ),
});

export const handoverSchema = z.object({
  membershipId: uuidField("Unknown member."),
  moves: z
    .array(
      z.object({
        accountId: uuidField("Unknown account."),
        expectedVersion: z.coerce.number().int().min(1),
        toAmId: uuidField("Choose who receives this account."),
      }),
    )
    .max(500),
  reportsTo: z.preprocess(blankToUndefined, uuidField("Choose a new manager.").optional()).transform((v) => v ?? null),
  projectsTo: z
    .preprocess(blankToUndefined, uuidField("Choose who takes the projects.").optional())
    .transform((v) => v ?? null),
});
