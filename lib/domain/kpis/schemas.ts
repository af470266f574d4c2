import { z } from "zod";
import { dateField, decimal, optionalText, requiredText, uuidField } from "@/lib/domain/form-fields";
import { isoDay } from "@/lib/format/dates";
import { CADENCES } from "./periods";

export const KPI_DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"] as const;

/** Column limits of Kpi and KpiMeasurement (Decimal(14, 2): twelve digits before the point). */
export const KPI_LIMITS = { nameMax: 120, unitMax: 20, noteMax: 1000, valueMax: 999_999_999_999.99 } as const;

/** Targets and readings may be negative (net promoter score, a change in percent); only the column bounds them. */
const amount = (label: string) => decimal(label, { max: KPI_LIMITS.valueMax, allowNegative: true });

const definition = {
  name: requiredText("the KPI name", KPI_LIMITS.nameMax),
  unit: requiredText("the unit", KPI_LIMITS.unitMax),
  target: amount("target"),
  direction: z.enum(KPI_DIRECTIONS, { message: "Choose whether higher or lower is better." }),
  cadence: z.enum(CADENCES, { message: "Choose how often it is measured." }),
};

/** A KPI belongs to exactly one account or one member. */
export const createKpiSchema = z
  .object({
    accountId: uuidField("Unknown account.").optional(),
    membershipId: uuidField("Unknown member.").optional(),
    ...definition,
  })
  .superRefine((value, ctx) => {
    if (Boolean(value.accountId) === Boolean(value.membershipId)) {
      ctx.addIssue({
        code: "custom",
        path: ["_form"],
        message: "A KPI belongs to exactly one account or one member.",
      });
    }
  });

export const editKpiSchema = z.object({ kpiId: uuidField(), ...definition });
export const archiveKpiSchema = z.object({ kpiId: uuidField() });

/** A reading is for a period that has started: at most a day ahead of today (time zones). */
const tomorrow = () => isoDay(new Date(Date.now() + 86_400_000));

export const recordMeasurementSchema = z.object({
  kpiId: uuidField(),
  value: amount("value"),
  periodStart: dateField("the period", { latest: tomorrow, tooLate: "The period cannot start in the future." }),
  note: optionalText("the note", KPI_LIMITS.noteMax),
});

export const deleteMeasurementSchema = z.object({ measurementId: uuidField() });
