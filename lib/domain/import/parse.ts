import Papa from "papaparse";

/** Limits told to the user before anything is read: the size of a browser upload and of one transaction. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 10_000;
/**
 * Physical lines (blank ones included) a file may have: room for MAX_ROWS rows and as many blank ones. Counted
 * before parsing, because the parser builds an array per line, blank or not: 5 MB of line breaks cost hundreds of MB.
 */
export const MAX_LINES = 2 * MAX_ROWS + 1;

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
  if (countLines(body, MAX_LINES) > MAX_LINES) {
    return {
      ok: false,
      message: `The file has more than ${MAX_LINES.toLocaleString("en-US")} lines (blank ones included); the limit is ${MAX_ROWS.toLocaleString("en-US")} rows per import. Remove the blank rows or split it.`,
    };
  }
  // Guess the delimiter from the first lines only, then parse the whole text with it: guessing over the whole file
  // (and papaparse's "greedy" blank-line test) cost several times the parse itself on a 10,000-row file.
  const guess = Papa.parse<string[]>(body, { delimiter: "", delimitersToGuess: [",", ";", "\t"], preview: 20 });
  const result = Papa.parse<string[]>(body, { delimiter: guess.meta.delimiter || "," });
  const fatal = result.errors.find((e) => e.type === "Quotes");
  if (fatal) {
    const row = fatal.row === undefined ? "" : ` (near row ${fatal.row + 1})`;
    return { ok: false, message: `The file could not be read as CSV: a quoted field is not closed${row}.` };
  }
  // Blank rows (also ";;;;", a spreadsheet's formatted but empty rows) are not data, but they keep their numbers, so
  // "row 12" is row 12 in the spreadsheet.
  const numbered = result.data.map((cells, i) => ({ rowNumber: i + 1, cells }));
  const [header, ...data] = numbered.filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (!header) return { ok: false, message: "The file has no header row." };
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
      headers: header.cells.map((h) => h.trim()),
      rows: data,
      delimiter: result.meta.delimiter,
    },
  };
}

/**
 * Lines in the text, counting no further than `limit + 1`, with no allocation: line breaks inside quoted fields do not
 * count (a cell may hold several lines), CRLF counts once and a lone CR counts as a break, as the parser reads it.
 */
export function countLines(text: string, limit: number): number {
  let lines = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) quoted = !quoted;
    else if (!quoted && (c === 10 /* \n */ || (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10))) {
      if (++lines > limit) return lines;
    }
  }
  return lines;
}
