/** Calendar months as "YYYY-MM" keys in UTC: how hours, scope and value history are grouped. Pure. */

export function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** The first day of the month `offset` months from `date`'s month (UTC midnight). */
export function monthStart(date: Date, offset = 0): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1));
}

/** The `count` months ending with today's month, oldest first: ["2026-10", "2026-11", "2026-12"]. */
export function recentMonths(today: Date, count: number): string[] {
  return Array.from({ length: count }, (_, i) => monthKey(monthStart(today, i - count + 1)));
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-11" → "Nov 2026". */
export function monthLabel(key: string): string {
  const [year, month] = key.split("-");
  return `${MONTH_NAMES[Number(month) - 1] ?? month} ${year}`;
}
