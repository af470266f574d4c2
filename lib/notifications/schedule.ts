/**
 * When digests are due, in the agency's time zone. Pure. The jobs run hourly; each run sends a leader's weekly digest
 * on the first run at or after SEND_HOUR local time on the leader's weekday, and an AM's daily digest on the first
 * run at or after SEND_HOUR on each local day. The period key (the local date) makes a second run a no-op.
 */
export const SEND_HOUR = 7;
export const WEEKDAY_OF_WEEK_START = { SUNDAY: 0, MONDAY: 1, SATURDAY: 6 } as const;

export type LocalTime = { date: string; weekday: number; hour: number };

export function localTime(now: Date, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    weekday: "short",
    hour: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(get("weekday"));
  return { date: `${get("year")}-${get("month")}-${get("day")}`, weekday, hour: Number(get("hour")) };
}

/** The leader digest's period key for this run, or null when it is not their day/hour yet. */
export function weeklyPeriodKey(
  now: Date,
  agency: { timeZone: string; weekStart: keyof typeof WEEKDAY_OF_WEEK_START },
  chosenWeekday: number | null,
): string | null {
  const local = localTime(now, agency.timeZone);
  const day = chosenWeekday ?? WEEKDAY_OF_WEEK_START[agency.weekStart];
  return local.weekday === day && local.hour >= SEND_HOUR ? local.date : null;
}

/** The AM digest's period key for this run (the local date), or null before SEND_HOUR. */
export function dailyPeriodKey(now: Date, timeZone: string): string | null {
  const local = localTime(now, timeZone);
  return local.hour >= SEND_HOUR ? local.date : null;
}
