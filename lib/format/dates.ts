/**
 * How dates read everywhere in the app: a fixed locale and UTC, so the server's HTML and the browser's re-render agree
 * and a date-only value (stored as midnight UTC) never shows as the day before. The one place for these formats.
 */
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const WHEN = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** "12 Mar 2026". */
export function formatDay(date: Date): string {
  return DAY.format(date);
}

/** "Mar 2026". */
export function formatMonth(date: Date): string {
  return MONTH.format(date);
}

/** "12 Mar 2026" for a yyyy-mm-dd value; anything unreadable comes back as it was. */
export function formatIsoDay(value: string): string {
  const date = new Date(`${value}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : DAY.format(date);
}

/** yyyy-mm-dd of a date in UTC: form values and <time dateTime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A yyyy-mm-dd value (a date column read as text, e.g. inside JSON) back to midnight UTC; null stays null. */
export function dayFromIso(value: string | null): Date | null {
  return value === null ? null : new Date(`${value}T00:00:00.000Z`);
}

/** yyyy-mm-dd of a stored date (UTC midnight), or null: what a form's date box starts from. */
export function toIsoDate(date: Date | null): string | null {
  return date ? isoDay(date) : null;
}

/** "22 Nov 2026, 09:14 UTC": a moment, with its zone said. */
export function formatWhen(date: Date): string {
  return `${WHEN.format(date)} UTC`;
}
