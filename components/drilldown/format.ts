/** Dates and numbers as the drill-down pages write them; fixed locale and UTC, so server and browser agree. */
import { formatDay, isoDay } from "@/lib/format/dates";
import { formatAmount } from "@/lib/domain/portfolio/text";

export { formatMonth } from "@/lib/format/dates";

/** "12 Mar 2026"; an em dash for no date. */
export function formatDate(date: Date | null | undefined): string {
  return date ? formatDay(date) : "—";
}

/** Machine-readable date for <time dateTime>. */
export const isoDate = isoDay;

/** Loads and KPI values: "9.5", "8", "1,250". */
export function formatValue(value: number): string {
  return Math.abs(value) >= 1000
    ? new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }).format(value)
    : formatAmount(value);
}

/** A KPI value with its unit: "82 %", "USD 115", "2.3 x", "117 leads". */
export function withUnit(value: number, unit: string): string {
  const v = formatValue(value);
  if (unit === "%") return `${v}%`;
  if (/^[A-Z]{3}$/.test(unit)) return `${unit} ${v}`;
  return `${v} ${unit}`;
}

/** Whole-number percentage of a 0–100 share: "85%". */
export function formatPercent100(value: number | null): string {
  return value === null ? "—" : `${Math.round(value)}%`;
}

/** "1 day", "12 days". */
export function days(count: number): string {
  return `${count} ${count === 1 ? "day" : "days"}`;
}

export const COMPLEXITY_NAME: Record<string, string> = { LOW: "Low", STANDARD: "Standard", HIGH: "High" };
export const KIND_NAME: Record<string, string> = { RETAINER: "Retainer", PROJECT: "Project" };
