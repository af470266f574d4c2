import { z } from "zod";
import { IMPORT_FIELDS } from "./columns";
import { MAX_FILE_BYTES } from "./parse";

/**
 * The file travels as text (the browser reads it); the size cap is checked again in bytes when parsing. `mapping`
 * names a column index per field; absent means "match by header name".
 */
export const importInputSchema = z.object({
  text: z
    .string({ message: "Choose a CSV file." })
    .min(1, "The file is empty.")
    .max(MAX_FILE_BYTES, `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it and import the parts.`),
  fileName: z.string().trim().max(200).optional(),
  mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(500).nullable()).optional().nullable(),
  dateFormat: z.enum(["ISO", "DMY"], { message: "Choose how dates are written." }).default("ISO"),
  /** The start date of new accounts whose row has none (spreadsheets rarely have one); absent: their start is unknown. */
  defaultStartDate: z.iso.date({ message: "Choose a valid date." }).nullable().optional(),
});

export type ImportInput = z.infer<typeof importInputSchema>;
