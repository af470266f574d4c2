/**
 * Timesheet CSV, the pure half (ADR 0004's parse → map → validate, reusing lib/domain/import's parser and cell
 * readers): one row per person, day, client and project with hours, as Harvest, Toggl, Clockify and most spreadsheets
 * export them. No I/O: runs in defineAction's `prepare`, before any transaction.
 */
import { normalizeHeader } from "@/lib/domain/import/columns";
import { parseCsv, type ParsedFile } from "@/lib/domain/import/parse";
import type { RowError } from "@/lib/domain/import/validate";
import { cleanCell, readDate, readText, type DateFormat, type Read } from "@/lib/domain/import/values";
import { TIMESHEET_FIELDS, type TimesheetField, type TimesheetInput } from "./timesheet-schemas";

export type TimesheetMapping = Record<TimesheetField, number | null>;

export const TIMESHEET_LABEL: Record<TimesheetField, string> = {
  work_date: "Date",
  person: "Person",
  client_name: "Client",
  account_name: "Account",
  project: "Project",
  hours: "Hours",
};

const ALIASES: Record<TimesheetField, string[]> = {
  work_date: ["date", "day", "work date", "spent date", "start date"],
  person: ["person", "user", "employee", "staff", "team member", "member", "name", "first name"],
  client_name: ["client", "customer", "company", "client name"],
  account_name: ["account", "engagement", "retainer"],
  project: ["project", "project name", "job", "task"],
  hours: ["hours", "time", "duration", "hrs", "time spent", "duration h", "hours worked"],
};

export function autoMapTimesheet(headers: readonly string[]): TimesheetMapping {
  const normalized = headers.map(normalizeHeader);
  const mapping = Object.fromEntries(TIMESHEET_FIELDS.map((f) => [f, null])) as TimesheetMapping;
  const used = new Set<number>();
  for (const pass of [(f: TimesheetField) => [normalizeHeader(f)], (f: TimesheetField) => ALIASES[f]]) {
    for (const field of TIMESHEET_FIELDS) {
      if (mapping[field] !== null) continue;
      const candidates = pass(field).map(normalizeHeader);
      const index = normalized.findIndex((h, i) => !used.has(i) && candidates.includes(h));
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
      }
    }
  }
  return mapping;
}

/** "7.5", "7,5", "7:30" (h:mm) → hours with two decimals; 0 < hours ≤ 24 (one person, one day). */
export function readHours(text: string): Read<number> {
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(text);
  const value = clock
    ? Number(clock[1]) + Number(clock[2]) / 60
    : /^\d+([.,]\d+)?$/.test(text)
      ? Number(text.replace(",", "."))
      : NaN;
  if (!Number.isFinite(value)) return { ok: false, message: `"${text}" is not a number of hours: write 7.5 or 7:30.` };
  if (value <= 0) return { ok: false, message: "Hours must be above 0." };
  if (value > 24) return { ok: false, message: `${text} hours in one day is more than a day has.` };
  return { ok: true, value: Math.round(value * 100) / 100 };
}

export type TimesheetRow = {
  rowNumber: number;
  workDate: string;
  person: string;
  clientName: string;
  accountName: string | null;
  project: string;
  hours: number;
};

export type CheckedTimesheet = {
  file: ParsedFile;
  mapping: TimesheetMapping;
  rows: TimesheetRow[];
  rowErrors: RowError[];
};

const REQUIRED: TimesheetField[] = ["work_date", "person", "client_name", "hours"];

export function checkTimesheet(
  input: Pick<TimesheetInput, "text" | "mapping" | "dateFormat">,
): { ok: false; message: string } | { ok: true; checked: CheckedTimesheet } {
  const parsed = parseCsv(input.text);
  if (!parsed.ok) return parsed;
  const { file } = parsed;
  const mapping = autoMapTimesheet(file.headers);
  for (const field of TIMESHEET_FIELDS) {
    const index = input.mapping?.[field];
    if (index === undefined) continue;
    if (index !== null && index >= file.headers.length) {
      return {
        ok: false,
        message: `The column chosen for ${TIMESHEET_LABEL[field]} is not in this file. Check the mapping.`,
      };
    }
    mapping[field] = index;
  }
  const missing = REQUIRED.filter((f) => mapping[f] === null);
  if (missing.length > 0) {
    return {
      ok: false,
      message: `Choose the columns for ${missing.map((f) => TIMESHEET_LABEL[f]).join(", ")}: every row needs them.`,
    };
  }
  const rows: TimesheetRow[] = [];
  const rowErrors: RowError[] = [];
  const format: DateFormat = input.dateFormat ?? "ISO";
  for (const { rowNumber, cells } of file.rows) {
    const cell = (f: TimesheetField) => (mapping[f] === null ? "" : cleanCell(cells[mapping[f]!]));
    const column = (f: TimesheetField) => (mapping[f] === null ? TIMESHEET_LABEL[f] : file.headers[mapping[f]!]!);
    let ok = true;
    const take = <T>(f: TimesheetField, read: Read<T>): T | undefined => {
      if (read.ok) return read.value;
      rowErrors.push({ row: rowNumber, column: column(f), message: read.message });
      ok = false;
      return undefined;
    };
    const required = (f: TimesheetField, max: number, what: string) =>
      cell(f) === ""
        ? take<string>(f, { ok: false, message: `The ${what} is missing.` })
        : take(f, readText(cell(f), max, what));
    const workDate =
      cell("work_date") === ""
        ? take<string>("work_date", { ok: false, message: "The date is missing." })
        : take("work_date", readDate(cell("work_date"), format));
    const person = required("person", 120, "person");
    const clientName = required("client_name", 160, "client name");
    const accountName =
      cell("account_name") === "" ? null : take("account_name", readText(cell("account_name"), 160, "account name"));
    const project = take("project", readText(cell("project"), 160, "project")) ?? "";
    const hours =
      cell("hours") === ""
        ? take<number>("hours", { ok: false, message: "The hours are missing." })
        : take("hours", readHours(cell("hours")));
    if (ok) {
      rows.push({
        rowNumber,
        workDate: workDate!,
        person: person!,
        clientName: clientName!,
        accountName: accountName ?? null,
        project,
        hours: hours!,
      });
    }
  }
  return { ok: true, checked: { file, mapping, rows, rowErrors } };
}
