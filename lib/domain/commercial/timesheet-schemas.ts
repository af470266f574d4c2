import { z } from "zod";
import { MAX_FILE_BYTES } from "@/lib/domain/import/parse";

export const TIMESHEET_FIELDS = ["work_date", "person", "client_name", "account_name", "project", "hours"] as const;
export type TimesheetField = (typeof TIMESHEET_FIELDS)[number];

/** The file travels as text, like the clients import (lib/domain/import/schemas.ts); `mapping` overrides header matching. */
export const timesheetInputSchema = z.object({
  text: z
    .string({ message: "Choose a CSV file." })
    .min(1, "The file is empty.")
    .max(MAX_FILE_BYTES, `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it and import the parts.`),
  fileName: z.string().trim().max(200).optional(),
  mapping: z.partialRecord(z.enum(TIMESHEET_FIELDS), z.number().int().min(0).max(500).nullable()).optional().nullable(),
  dateFormat: z.enum(["ISO", "DMY"], { message: "Choose how dates are written." }).default("ISO"),
});

export type TimesheetInput = z.infer<typeof timesheetInputSchema>;
