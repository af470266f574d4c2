import Papa from "papaparse";

/** Limits told to the user before anything is read: the size of a browser upload and of one transaction. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 10_000;

export type ParsedFile = {
  headers: string[];
  /** Data rows (header excluded), every cell a string; `rowNumber` is the spreadsheet row (the header is row 1). */
  rows: { rowNumber: number; cells: string[] }[];
  delimiter: string;
};

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; message: string };

/**
 * CSV text → header and rows, with papaparse doing the quoting rules (quoted commas, doubled quotes, line breaks
 * inside quotes). Accepts a UTF-8 byte-order mark, comma, semicolon or tab delimiters (guessed from the text),
 * CRLF or LF, and ignores blank lines (a spreadsheet's empty trailing rows).
 */
export function parseCsv(text: string): ParseResult {
  if (new TextEncoder().encode(text).length > MAX_FILE_BYTES) {
    return {
      ok: false,
      message: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it and import the parts.`,
    };
  }
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return { ok: false, message: "The file is empty." };
  const result = Papa.parse<string[]>(body, {
    delimiter: "",
    delimitersToGuess: [",", ";", "\t"],
    skipEmptyLines: "greedy",
  });
  const fatal = result.errors.find((e) => e.type === "Quotes" || e.code === "UndetectableDelimiter");
  if (fatal && fatal.code !== "UndetectableDelimiter") {
    const row = fatal.row === undefined ? "" : ` (near row ${fatal.row + 1})`;
    return { ok: false, message: `The file could not be read as CSV: a quoted field is not closed${row}.` };
  }
  const [header, ...data] = result.data;
  if (!header || header.every((h) => h.trim() === "")) return { ok: false, message: "The file has no header row." };
  if (data.length === 0) return { ok: false, message: "The file has a header row but no data rows." };
  if (data.length > MAX_ROWS) {
    return {
      ok: false,
      message: `The file has ${data.length.toLocaleString("en-US")} rows; the limit is ${MAX_ROWS.toLocaleString("en-US")} per import. Split it and import the parts.`,
    };
  }
  return {
    ok: true,
    file: {
      headers: header.map((h) => h.trim()),
      rows: data.map((cells, i) => ({ rowNumber: i + 2, cells })),
      delimiter: result.meta.delimiter,
    },
  };
}
