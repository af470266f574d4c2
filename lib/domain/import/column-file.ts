/**
 * The pure half of the small one-table imports (timesheets, scope requests): parse, map each field to a column by
 * its header (the field's own name first, then common aliases; the person's mapping overrides), and read every row
 * with per-cell errors. ADR 0004's parse → map → validate, on the clients import's parser and cell readers.
 */
import { z } from "zod";
import { normalizeHeader } from "./columns";
import { MAX_FILE_BYTES, parseCsv, type ParsedFile } from "./parse";
import type { RowError } from "./validate";
import { cleanCell, readText, type DateFormat, type Read } from "./values";

export type ColumnSpec<F extends string> = {
  fields: readonly F[];
  labels: Record<F, string>;
  aliases: Record<F, readonly string[]>;
  required: readonly F[];
};

export type FieldMapping<F extends string> = Record<F, number | null>;

/** The file travels as text, like the clients import (lib/domain/import/schemas.ts); `mapping` overrides headers. */
export function columnFileInputSchema<F extends string>(fields: readonly [F, ...F[]]) {
  return z.object({
    text: z
      .string({ message: "Choose a CSV file." })
      .min(1, "The file is empty.")
      .max(
        MAX_FILE_BYTES,
        `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it and import the parts.`,
      ),
    fileName: z.string().trim().max(200).optional(),
    mapping: z.partialRecord(z.enum(fields), z.number().int().min(0).max(500).nullable()).optional().nullable(),
    dateFormat: z.enum(["ISO", "DMY"], { message: "Choose how dates are written." }).default("ISO"),
  });
}

export function autoMapColumns<F extends string>(spec: ColumnSpec<F>, headers: readonly string[]): FieldMapping<F> {
  const normalized = headers.map(normalizeHeader);
  const mapping = Object.fromEntries(spec.fields.map((f) => [f, null])) as FieldMapping<F>;
  const used = new Set<number>();
  for (const pass of [(f: F) => [normalizeHeader(f)], (f: F) => spec.aliases[f]]) {
    for (const field of spec.fields) {
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

/** One row's cells by field; `take` records a failed read as the row's error (and returns undefined). */
export type RowReader<F extends string> = {
  cell(field: F): string;
  take<T>(field: F, read: Read<T>): T | undefined;
  /** The cell read by `read`, or the `missing` message when it is blank. */
  need<T>(field: F, missing: string, read: (text: string) => Read<T>): T | undefined;
  /** Optional text: null when blank. */
  text(field: F, max: number, what: string): string | null | undefined;
  readonly ok: boolean;
  readonly dateFormat: DateFormat;
};

export type CheckedColumns<F extends string, R> = {
  file: ParsedFile;
  mapping: FieldMapping<F>;
  rows: (R & { rowNumber: number })[];
  rowErrors: RowError[];
};

export type ColumnFileInput<F extends string> = {
  text: string;
  mapping?: Partial<Record<F, number | null>> | null;
  dateFormat?: DateFormat;
};

/** A checked file, or why the file as a whole cannot be read. */
export type FileCheck<Checked> = { ok: false; message: string } | { ok: true; checked: Checked };

/** The check of one kind of column file: its columns (`spec`) and how one row is read. */
export const columnFileCheck =
  <F extends string, R>(spec: ColumnSpec<F>, readRow: (row: RowReader<F>) => R | null) =>
  (input: ColumnFileInput<F>): FileCheck<CheckedColumns<F, R>> =>
    checkColumnFile(spec, input, readRow);

/** What a `columnFileCheck` gives back for a file that reads: the file, its mapping and its rows. */
export type CheckedFile<Check extends (input: never) => FileCheck<unknown>> = Extract<
  ReturnType<Check>,
  { ok: true }
>["checked"];

function checkColumnFile<F extends string, R>(
  spec: ColumnSpec<F>,
  input: ColumnFileInput<F>,
  readRow: (row: RowReader<F>) => R | null,
): FileCheck<CheckedColumns<F, R>> {
  const parsed = parseCsv(input.text);
  if (!parsed.ok) return parsed;
  const { file } = parsed;
  const mapping = autoMapColumns(spec, file.headers);
  for (const field of spec.fields) {
    const index = input.mapping?.[field];
    if (index === undefined) continue;
    if (index !== null && index >= file.headers.length) {
      return {
        ok: false,
        message: `The column chosen for ${spec.labels[field]} is not in this file. Check the mapping.`,
      };
    }
    mapping[field] = index;
  }
  const missing = spec.required.filter((f) => mapping[f] === null);
  if (missing.length > 0) {
    const names = missing.map((f) => spec.labels[f]).join(", ");
    return { ok: false, message: `Choose the columns for ${names}: every row needs them.` };
  }
  const rows: (R & { rowNumber: number })[] = [];
  const rowErrors: RowError[] = [];
  const dateFormat = input.dateFormat ?? "ISO";
  for (const { rowNumber, cells } of file.rows) {
    let ok = true;
    const cell = (f: F) => (mapping[f] === null ? "" : cleanCell(cells[mapping[f]!]));
    const take = <T>(f: F, read: Read<T>): T | undefined => {
      if (read.ok) return read.value;
      const column = mapping[f] === null ? spec.labels[f] : file.headers[mapping[f]!]!;
      rowErrors.push({ row: rowNumber, column, message: read.message });
      ok = false;
      return undefined;
    };
    const reader: RowReader<F> = {
      cell,
      take,
      need: (f, missing, read) => (cell(f) === "" ? take(f, { ok: false, message: missing }) : take(f, read(cell(f)))),
      text: (f, max, what) => (cell(f) === "" ? null : take(f, readText(cell(f), max, what))),
      get ok() {
        return ok;
      },
      dateFormat,
    };
    const row = readRow(reader);
    if (ok && row) rows.push({ ...row, rowNumber });
  }
  return { ok: true, checked: { file, mapping, rows, rowErrors } };
}
