import { clearedValues, type Cleared } from "./clears";
import { autoMap, IMPORT_FIELDS, type ColumnMapping, type ImportField } from "./columns";
import { parseCsv, type ParsedFile } from "./parse";
import { countsOf, planImport, type ExistingState, type ImportPlan, type PlanCounts } from "./plan";
import type { ImportInput } from "./schemas";
import { validateRows, type RowError, type ValidRow } from "./validate";

/** Rows shown back in the preview: the first few and every row with a problem, up to this many. */
const PREVIEW_ROWS = 100;

export type ImportPreview = {
  headers: string[];
  mapping: ColumnMapping;
  delimiter: string;
  rowCount: number;
  /** Every problem in the file, in row order. Empty means the file imports as planned. */
  errors: RowError[];
  counts: PlanCounts;
  /** Rows of new accounts without a start date in the file: they take the preview's date, or their start is unknown. */
  newWithoutStartDate: number;
  /** Stored values that "(clear)" cells would empty, per column. */
  cleared: Cleared;
  sample: { rowNumber: number; cells: string[] }[];
};

export type Pipeline = { ok: false; message: string } | { ok: true; preview: ImportPreview; plan: ImportPlan };

/** Rows validated between two yields to the event loop, so other requests on this server keep being served. */
const SLICE = 1000;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A file parsed, mapped and validated row by row: everything that needs no database, so it runs before any. */
export type CheckedFile = {
  file: ParsedFile;
  mapping: ColumnMapping;
  valid: ValidRow[];
  rowErrors: RowError[];
  /** The start date the preview chose for new accounts whose row has none (null: their start is unknown). */
  defaultStartDate: ImportInput["defaultStartDate"] | null;
};

/**
 * parse → map → validate, with no I/O. Runs outside any transaction (defineAction's `prepare`): a large file must not
 * hold a database connection while it is read.
 */
export async function checkFile(
  input: ImportInput,
): Promise<{ ok: false; message: string } | { ok: true; checked: CheckedFile }> {
  const parsed = parseCsv(input.text);
  if (!parsed.ok) return parsed;
  const { file } = parsed;
  const mapping = autoMap(file.headers);
  if (input.mapping) {
    for (const field of IMPORT_FIELDS) {
      const index = input.mapping[field];
      if (index === undefined) continue;
      if (index !== null && index >= file.headers.length) {
        return { ok: false, message: `The column chosen for ${field} is not in this file. Check the mapping.` };
      }
      mapping[field] = index;
    }
  }
  if (mapping.client_name === null) {
    return { ok: false, message: "Choose which column holds the client name: every row needs one." };
  }
  const valid: ValidRow[] = [];
  const rowErrors: RowError[] = [];
  for (let start = 0; start < file.rows.length; start += SLICE) {
    await yieldToEventLoop();
    const slice = validateRows({ ...file, rows: file.rows.slice(start, start + SLICE) }, mapping, input.dateFormat);
    valid.push(...slice.rows);
    rowErrors.push(...slice.errors);
  }
  return { ok: true, checked: { file, mapping, valid, rowErrors, defaultStartDate: input.defaultStartDate ?? null } };
}

/** The checked rows against the agency as it is now: the plan, and the preview with every problem. */
export function planChecked(checked: CheckedFile, existing: ExistingState): Pipeline {
  const { file, mapping, valid, rowErrors, defaultStartDate } = checked;
  const { plan, errors: planErrors, undated } = planImport(valid, existing, { defaultStartDate });
  const errors = [...rowErrors, ...planErrors].sort((a, b) => a.row - b.row);
  const errorRows = new Set(errors.map((e) => e.row));
  const sample = file.rows.filter((r, i) => i < 10 || errorRows.has(r.rowNumber)).slice(0, PREVIEW_ROWS);
  return {
    ok: true,
    plan,
    preview: {
      headers: file.headers,
      mapping,
      delimiter: file.delimiter,
      rowCount: file.rows.length,
      errors,
      counts: countsOf(plan),
      newWithoutStartDate: undated,
      cleared: clearedValues(plan, existing),
      sample,
    },
  };
}

/** parse → map → validate → plan in one call (the CSV benchmark). */
export async function runPipeline(input: ImportInput, existing: ExistingState): Promise<Pipeline> {
  const checked = await checkFile(input);
  if (!checked.ok) return checked;
  await yieldToEventLoop();
  return planChecked(checked.checked, existing);
}

export type { ImportField };
