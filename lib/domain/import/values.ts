/**
 * Cell readers for real-world spreadsheets: each returns the value or a message for the person fixing the file.
 * Pure functions, shared by the preview and the commit.
 */
import { MONEY_MAX } from "@/lib/domain/projects/schemas";

export type DateFormat = "ISO" | "DMY";
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const DATE_MIN = "1970-01-01";
const DATE_MAX = "2100-12-31";

/**
 * Trims, and undoes the export's formula guard: a cell we wrote as `'=SUM(…)` (so a spreadsheet shows it as text)
 * reads back as `=SUM(…)`, which makes export → import a round trip.
 */
export function cleanCell(raw: string | undefined): string {
  const value = (raw ?? "").trim();
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** "4500", "4,500.00", "$ 4 500.5", "4500.00 USD" → "4500.00"; negatives and more than two decimals refused. */
export function readMoney(text: string): Read<string> {
  const compact = text.replace(/\s+/g, "").replace(/^[$€£]|[$€£]$|(USD|EUR|GBP)$/gi, "");
  if (compact.startsWith("-") || compact.startsWith("(")) return { ok: false, message: "Money cannot be negative." };
  const grouped = /^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(compact);
  if (!grouped && !/^\d+(\.\d{1,2})?$/.test(compact)) {
    return { ok: false, message: `"${text}" is not an amount: write it like 4500 or 4,500.00.` };
  }
  const amount = Number(compact.replace(/,/g, ""));
  if (amount > MONEY_MAX) return { ok: false, message: "The amount is too large." };
  return { ok: true, value: amount.toFixed(2) };
}

/** "3", "2.5", "2,5" → the number, NaN for anything else (no sign, no grouping: hours, not money). */
export function readDecimal(text: string): number {
  return /^\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : NaN;
}

/** To the hundredth, as the numeric(…, 2) columns store it. */
export const toHundredths = (value: number) => Math.round(value * 100) / 100;

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * "2026-03-31" always; with DMY also "31/03/2026", "31.3.2026" or "31-03-2026". The mapping screen says which the
 * file uses, because 03/04/2026 means two different days on either side of the Atlantic.
 */
export function readDate(text: string, format: DateFormat): Read<string> {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  const dmy = format === "DMY" ? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text) : null;
  const n = (m: RegExpExecArray, i: number) => Number(m[i]);
  const value = iso ? isoOf(n(iso, 1), n(iso, 2), n(iso, 3)) : dmy ? isoOf(n(dmy, 3), n(dmy, 2), n(dmy, 1)) : null;
  if (!value) {
    const hint = format === "DMY" ? "31/12/2026 or 2026-12-31" : "2026-12-31";
    return { ok: false, message: `"${text}" is not a date: write it like ${hint}.` };
  }
  if (value < DATE_MIN || value > DATE_MAX) return { ok: false, message: `${value} is out of range.` };
  return { ok: true, value };
}

/** Case, spaces, dashes and underscores do not matter: "Tier 1", "tier_1", "TIER-1" and "1" are all TIER_1. */
export function readEnum<T extends string>(
  text: string,
  allowed: readonly T[],
  what: string,
  aliases: Record<string, T> = {},
): Read<T> {
  const key = text.toUpperCase().replace(/[\s_-]+/g, "");
  const found = allowed.find((v) => v.replace(/_/g, "") === key) ?? aliases[key];
  if (found) return { ok: true, value: found };
  const list = allowed.join(", ");
  return { ok: false, message: `Unknown ${what} "${text}": use one of ${list}.` };
}

export function readText(text: string, max: number, what: string): Read<string> {
  return text.length > max
    ? { ok: false, message: `The ${what} is longer than ${max} characters.` }
    : { ok: true, value: text };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function readEmail(text: string, what: string): Read<string> {
  if (text.length > 254 || !EMAIL.test(text)) return { ok: false, message: `"${text}" is not a valid ${what}.` };
  return { ok: true, value: text.toLowerCase() };
}

/** Name comparison within an agency: case-insensitive, trimmed, inner runs of spaces collapsed. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}
