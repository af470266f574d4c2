/**
 * Day arithmetic for the rules. "Days since" means whole calendar days in UTC, not elapsed 24-hour periods: a check-in
 * at 17:00 on the 1st is "14 days ago" at 09:00 on the 15th, which is how people count and how the boundary tests read.
 * The agency has no time zone in the model yet; UTC keeps the result deterministic. `today` is always an argument so
 * the rules stay pure and testable.
 */

const MS_PER_DAY = 86_400_000;

/** A JavaScript time has no leap seconds, so every UTC day is exactly MS_PER_DAY long: flooring finds its midnight. */
function utcMidnight(date: Date): number {
  const time = date.getTime();
  return time - (((time % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: Date, to: Date): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY);
}

/** Calendar days from `date` back to today; a date in the future counts as 0 days ago. */
export function daysAgo(date: Date, today: Date): number {
  return Math.max(0, calendarDaysBetween(date, today));
}
