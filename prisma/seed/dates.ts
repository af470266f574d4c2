/** Date helpers for the seed. Everything is relative to one `today`, so "overdue" stays meaningful on any day. */
const DAY_MS = 86_400_000;

export type Clock = {
  /** The moment the seed treats as now. */
  now: Date;
  /** Midnight UTC of `now`. */
  today: Date;
};

export function clockFor(now: Date): Clock {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return { now, today };
}

/** A date-only value (midnight UTC) `days` before today; negative = in the future. */
export function dateDaysAgo(clock: Clock, days: number): Date {
  return new Date(clock.today.getTime() - days * DAY_MS);
}

/** A timestamp `days` before today at the given working hour (UTC), never later than now. */
export function timeDaysAgo(clock: Clock, days: number, hour = 10, minute = 0): Date {
  const at = new Date(clock.today.getTime() - days * DAY_MS + (hour * 60 + minute) * 60_000);
  return at > clock.now && days <= 0 ? new Date(clock.now.getTime() - 60_000) : at;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

/** Midnight UTC of the first day of the month `monthsBack` months before today's month. */
export function monthStart(clock: Clock, monthsBack: number): Date {
  return new Date(Date.UTC(clock.today.getUTCFullYear(), clock.today.getUTCMonth() - monthsBack, 1));
}

/** The next anniversary of `start` on or after today (date only). */
export function nextAnniversary(clock: Clock, start: Date): Date {
  const year = clock.today.getUTCFullYear();
  let candidate = new Date(Date.UTC(year, start.getUTCMonth(), Math.min(start.getUTCDate(), 28)));
  if (candidate < clock.today)
    candidate = new Date(Date.UTC(year + 1, start.getUTCMonth(), Math.min(start.getUTCDate(), 28)));
  return candidate;
}

export function dateOnly(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
