import { columnFileInputSchema } from "@/lib/domain/import/column-file";

export const TIMESHEET_FIELDS = ["work_date", "person", "client_name", "account_name", "project", "hours"] as const;
export type TimesheetField = (typeof TIMESHEET_FIELDS)[number];

export const timesheetInputSchema = columnFileInputSchema(TIMESHEET_FIELDS);

export type TimesheetInput = ReturnType<typeof timesheetInputSchema.parse>;
