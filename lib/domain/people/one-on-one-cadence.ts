/**
 * When the next 1:1 of a manager pair is due, and whether it is overdue. Pure: `today` is an argument.
 * The clock starts at the last 1:1, or at the start of the pairing when there has been none; a 1:1 is due one cadence
 * later and overdue from the day after that. No manager means no 1:1 can be due, which is itself a structural gap.
 */
import { calendarDaysBetween } from "@/lib/domain/portfolio/dates";

export type OneOnOneState = "NO_MANAGER" | "OVERDUE" | "DUE_SOON" | "ON_TRACK";

export interface OneOnOneInput {
  hasManager: boolean;
  cadenceDays: number;
  lastHeldOn: Date | null;
  /** When the pairing began (PersonProfile.managerSince). */
  pairedSince: Date | null;
}

export interface OneOnOneStatus {
  state: OneOnOneState;
  dueOn: Date | null;
  daysOverdue: number;
  reason: string;
}

/** "Due soon" = within this many days of the due date. */
export const DUE_SOON_DAYS = 3;

const MS_PER_DAY = 86_400_000;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function oneOnOneStatus(input: OneOnOneInput, today: Date): OneOnOneStatus {
  if (!input.hasManager) {
    return { state: "NO_MANAGER", dueOn: null, daysOverdue: 0, reason: "Nobody is set as their manager yet." };
  }
  const from = input.lastHeldOn ?? input.pairedSince ?? today;
  const dueOn = new Date(
    Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()) + input.cadenceDays * MS_PER_DAY,
  );
  const late = calendarDaysBetween(dueOn, today);
  const last = input.lastHeldOn ? `the last 1:1 was on ${isoDay(input.lastHeldOn)}` : "no 1:1 recorded yet";
  if (late > 0) {
    return {
      state: "OVERDUE",
      dueOn,
      daysOverdue: late,
      reason: `1:1 overdue by ${late} day${late === 1 ? "" : "s"}: ${last}, every ${input.cadenceDays} days agreed.`,
    };
  }
  const state: OneOnOneState = -late <= DUE_SOON_DAYS ? "DUE_SOON" : "ON_TRACK";
  return {
    state,
    dueOn,
    daysOverdue: 0,
    reason: `Next 1:1 due on ${isoDay(dueOn)} (${last}, every ${input.cadenceDays} days).`,
  };
}
