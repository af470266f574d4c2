import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cadenceFromAgency,
  DEFAULT_CHECK_IN_CADENCE_DAYS,
  daysSinceCheckIn,
  isCheckInOverdue,
} from "@/lib/domain/portfolio/cadence";
import { calendarDaysBetween, daysAgo } from "@/lib/domain/portfolio/dates";
import { daysBefore, TODAY } from "./fixtures";

describe("calendar days", () => {
  it.each([
    ["the same instant", TODAY, 0],
    ["earlier the same day", new Date("2025-06-15T00:00:00Z"), 0],
    ["late yesterday", new Date("2025-06-14T23:59:59Z"), 1],
    ["14 days ago, later in the day than now", daysBefore(14, "23:00:00.000"), 14],
    ["14 days ago, just after midnight", daysBefore(14, "00:00:01.000"), 14],
    ["across a month end", new Date("2025-05-31T12:00:00Z"), 15],
  ])("%s → %i", (_label, date, expected) => {
    expect(calendarDaysBetween(date, TODAY)).toBe(expected);
  });

  it("is negative for the future, and daysAgo clamps it to 0", () => {
    const tomorrow = new Date("2025-06-16T08:00:00Z");
    expect(calendarDaysBetween(tomorrow, TODAY)).toBe(-1);
    expect(daysAgo(tomorrow, TODAY)).toBe(0);
  });

  it("counts the calendar dates between, for any two moments (before 1970 too)", () => {
    const calendarDate = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    const moment = fc.date({
      min: new Date("1900-01-01T00:00:00Z"),
      max: new Date("2200-12-31T23:59:59Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(moment, moment, (from, to) => {
        expect(calendarDaysBetween(from, to)).toBe(Math.round((calendarDate(to) - calendarDate(from)) / 86_400_000));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("check-in cadence", () => {
  const DEFAULT_DAYS = { TIER_1: 14, TIER_2: 30, TIER_3: 45 } as const;

  it("defaults to 14 / 30 / 45 days", () => {
    expect(DEFAULT_CHECK_IN_CADENCE_DAYS).toEqual(DEFAULT_DAYS);
  });

  it("maps the agency's columns", () => {
    expect(cadenceFromAgency({ cadenceTier1Days: 7, cadenceTier2Days: 21, cadenceTier3Days: 60 })).toEqual({
      TIER_1: 7,
      TIER_2: 21,
      TIER_3: 60,
    });
  });

  it.each(Object.entries(DEFAULT_DAYS) as [keyof typeof DEFAULT_DAYS, number][])(
    "a %s account checked in %i days ago is due, not overdue; a day later it is overdue",
    (tier, days) => {
      expect(isCheckInOverdue(daysBefore(days), tier, TODAY)).toBe(false);
      expect(isCheckInOverdue(daysBefore(days + 1), tier, TODAY)).toBe(true);
    },
  );

  it("a never-checked-in account is overdue", () => {
    expect(isCheckInOverdue(null, "TIER_3", TODAY)).toBe(true);
    expect(daysSinceCheckIn(null, TODAY)).toBeNull();
  });

  it.each([
    [7, false],
    [8, true],
  ])("honours a configured cadence of 7 days: %i days → overdue %s", (days, overdue) => {
    const cadence = { ...DEFAULT_CHECK_IN_CADENCE_DAYS, TIER_1: 7 };
    expect(isCheckInOverdue(daysBefore(days), "TIER_1", TODAY, cadence)).toBe(overdue);
  });
});
