import { describe, expect, it } from "vitest";
import { assessOverServicing, hourlyValue, isOver } from "@/lib/domain/commercial/over-servicing";

const today = new Date("2026-12-15T10:00:00Z");
const terms = { monthlyHours: 40, monthlyFee: 4000, blendedRate: null };
const usage = (oct: number, nov: number, dec: number, absorbed: [number, number, number] = [0, 0, 0]) => [
  { month: "2026-10", hours: oct, absorbedHours: absorbed[0] },
  { month: "2026-11", hours: nov, absorbedHours: absorbed[1] },
  { month: "2026-12", hours: dec, absorbedHours: absorbed[2] },
];

describe("over-servicing rule", () => {
  it("exactly 10 % over is not over; a hundredth of an hour more is", () => {
    expect(isOver(44, 40, 0.1)).toBe(false);
    expect(isOver(44.01, 40, 0.1)).toBe(true);
    expect(isOver(33, 30, 0.1)).toBe(false); // 30 × 1.1 = 33.000000000000004 in floats
  });

  it("two of the last three months over is over-servicing; one is not", () => {
    expect(assessOverServicing(terms, usage(50, 45, 30), today).overServiced).toBe(true);
    expect(assessOverServicing(terms, usage(50, 44, 30), today).overServiced).toBe(false);
    expect(assessOverServicing(terms, usage(44, 44, 44), today).overServiced).toBe(false);
  });

  it("only the window counts: an overrun four months ago does not", () => {
    const old = [{ month: "2026-09", hours: 80, absorbedHours: 0 }, ...usage(50, 40, 40)];
    const result = assessOverServicing(terms, old, today);
    expect(result.overMonths).toEqual(["2026-10"]);
    expect(result.overServiced).toBe(false);
  });

  it("absorbed scope requests count as hours used", () => {
    const result = assessOverServicing(terms, usage(40, 40, 10, [5, 5, 0]), today);
    expect(result.overMonths).toEqual(["2026-10", "2026-11"]);
    expect(result.hoursGivenAway).toBe(10);
  });

  it("gives the hours above contract across the window and their value at fee ÷ hours or the blended rate", () => {
    const result = assessOverServicing(terms, usage(50, 46, 42), today);
    expect(result.hoursGivenAway).toBe(18);
    expect(result.valueGivenAway).toBe(1800);
    expect(assessOverServicing({ ...terms, blendedRate: 150 }, usage(50, 46, 42), today).valueGivenAway).toBe(2700);
    expect(hourlyValue({ monthlyHours: 0, monthlyFee: 100, blendedRate: null })).toBe(0);
  });

  it("a month with no hours recorded is within scope", () => {
    const result = assessOverServicing(terms, [], today);
    expect(result.months.map((m) => m.used)).toEqual([0, 0, 0]);
    expect(result.overServiced).toBe(false);
  });
});
