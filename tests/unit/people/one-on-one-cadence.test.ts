import { describe, expect, it } from "vitest";
import { oneOnOneStatus } from "@/lib/domain/people/one-on-one-cadence";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const base = { hasManager: true, cadenceDays: 14, lastHeldOn: day("2026-11-01"), pairedSince: day("2026-01-01") };

describe("oneOnOneStatus", () => {
  it("is due exactly one cadence after the last 1:1, and not yet overdue on that day", () => {
    const status = oneOnOneStatus(base, new Date("2026-11-15T18:00:00Z"));
    expect(status.state).toBe("DUE_SOON");
    expect(status.dueOn?.toISOString().slice(0, 10)).toBe("2026-11-15");
  });

  it("is overdue from the next day, with the days and the reason in words", () => {
    const status = oneOnOneStatus(base, day("2026-11-20"));
    expect(status.state).toBe("OVERDUE");
    expect(status.daysOverdue).toBe(5);
    expect(status.reason).toBe("1:1 overdue by 5 days: the last 1:1 was on 2026-11-01, every 14 days agreed.");
  });

  it("is on track well before the due date, due soon within three days", () => {
    expect(oneOnOneStatus(base, day("2026-11-05")).state).toBe("ON_TRACK");
    expect(oneOnOneStatus(base, day("2026-11-12")).state).toBe("DUE_SOON");
  });

  it("counts from the start of the pairing when no 1:1 was ever held", () => {
    const status = oneOnOneStatus({ ...base, lastHeldOn: null, pairedSince: day("2026-11-01") }, day("2026-11-16"));
    expect(status.state).toBe("OVERDUE");
    expect(status.daysOverdue).toBe(1);
    expect(status.reason).toContain("no 1:1 recorded yet");
  });

  it("follows the pair's own cadence", () => {
    expect(oneOnOneStatus({ ...base, cadenceDays: 30 }, day("2026-11-20")).state).toBe("ON_TRACK");
  });

  it("has no due date without a manager", () => {
    const status = oneOnOneStatus({ ...base, hasManager: false }, day("2027-01-01"));
    expect(status).toMatchObject({ state: "NO_MANAGER", dueOn: null, daysOverdue: 0 });
  });
});
