/**
 * Timesheet CSV, the pure half (ADR 0004's parse → map → validate, reusing lib/domain/import's parser and cell
 * readers): one row per person, day, client and project with hours, as Harvest, Toggl, Clockify and most spreadsheets
 * export them. No I/O: runs in defineAction's `prepare`, before any transaction.
 */
import {
  autoMapColumns,
  columnFileCheck,
  type CheckedFile,
  type ColumnSpec,
  type FieldMapping,
} from "@/lib/domain/import/column-file";
import { readDate, readDecimal, readText, toHundredths, type Read } from "@/lib/domain/import/values";
import { TIMESHEET_FIELDS, type TimesheetField } from "./timesheet-schemas";
import { ACCOUNT_NAME_ALIASES, ACCOUNT_NAME_LABELS, readAccountNames } from "./account-match";

export type TimesheetMapping = FieldMapping<TimesheetField>;

export const TIMESHEET_LABEL: Record<TimesheetField, string> = {
  work_date: "Date",
  person: "Person",
  ...ACCOUNT_NAME_LABELS,
  project: "Project",
  hours: "Hours",
};

const ALIASES: Record<TimesheetField, string[]> = {
  work_date: ["date", "day", "work date", "spent date", "start date"],
  person: ["person", "user", "employee", "staff", "team member", "member", "name", "first name"],
  client_name: ["client", "customer", "company", "client name"],
  ...ACCOUNT_NAME_ALIASES,
  project: ["project", "project name", "job", "task"],
  hours: ["hours", "time", "duration", "hrs", "time spent", "duration h", "hours worked"],
};

const SPEC: ColumnSpec<TimesheetField> = {
  fields: TIMESHEET_FIELDS,
  labels: TIMESHEET_LABEL,
  aliases: ALIASES,
  required: ["work_date", "person", "client_name", "hours"],
};

export function autoMapTimesheet(headers: readonly string[]): TimesheetMapping {
  return autoMapColumns(SPEC, headers);
}

/** "7.5", "7,5", "7:30" (h:mm) → hours with two decimals; 0 < hours ≤ 24 (one person, one day). */
export function readHours(text: string): Read<number> {
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(text);
  const value = clock ? Number(clock[1]) + Number(clock[2]) / 60 : readDecimal(text);
  if (!Number.isFinite(value)) return { ok: false, message: `"${text}" is not a number of hours: write 7.5 or 7:30.` };
  if (value <= 0) return { ok: false, message: "Hours must be above 0." };
  if (value > 24) return { ok: false, message: `${text} hours in one day is more than a day has.` };
  return { ok: true, value: toHundredths(value) };
}

export const checkTimesheet = columnFileCheck(SPEC, (row) => {
  const workDate = row.need("work_date", "The date is missing.", (t) => readDate(t, row.dateFormat));
  const person = row.need("person", "The person is missing.", (t) => readText(t, 120, "person"));
  const { clientName, accountName } = readAccountNames(row);
  const project = row.text("project", 160, "project") ?? "";
  const hours = row.need("hours", "The hours are missing.", readHours);
  if (!row.ok) return null;
  return {
    workDate: workDate!,
    person: person!,
    clientName: clientName!,
    accountName,
    project,
    hours: hours!,
  };
});

export type CheckedTimesheet = CheckedFile<typeof checkTimesheet>;
/** One line of the timesheet: its line number, the names it gives, the day, the person, the project and the hours. */
export type TimesheetRow = CheckedTimesheet["rows"][number];
