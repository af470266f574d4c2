/**
 * CSV writing (RFC 4180: comma, CRLF, quotes doubled) with the spreadsheet formula guard: a cell that starts with
 * = + - @ (or a tab / carriage return) is written with a leading apostrophe, so Excel or Sheets shows it as text
 * instead of running it. The importer removes that apostrophe again (lib/domain/import/values.ts, cleanCell).
 */
export type Cell = string | number | null | undefined;

/** Excel opens UTF-8 CSV correctly only with a byte-order mark. */
export const BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // Numbers we write ourselves (money, counts) are never negative formulas; only free text is guarded.
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(escapeCell).join(",")}\r\n`;
}

export const isoDay = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
export const isoTime = (d: Date | null | undefined) => (d ? d.toISOString() : "");
