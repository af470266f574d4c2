import { describe, expect, it } from "vitest";
import { periodLabel, periodStartFor } from "../../../lib/domain/kpis/periods";

describe("periodStartFor", () => {
  it("maps a day to the first day of its month, quarter or (Monday) week", () => {
    expect(periodStartFor("MONTHLY", "2026-11-17")).toBe("2026-11-01");
    expect(periodStartFor("MONTHLY", "2026-12-31")).toBe("2026-12-01");
    expect(periodStartFor("QUARTERLY", "2026-11-17")).toBe("2026-10-01");
    expect(periodStartFor("QUARTERLY", "2026-03-31")).toBe("2026-01-01");
    // 1 Dec 2026 is a Tuesday; 6 Dec a Sunday; 30 Nov a Monday.
    expect(periodStartFor("WEEKLY", "2026-12-01")).toBe("2026-11-30");
    expect(periodStartFor("WEEKLY", "2026-12-06")).toBe("2026-11-30");
    expect(periodStartFor("WEEKLY", "2026-11-30")).toBe("2026-11-30");
    expect(periodStartFor("WEEKLY", "2027-01-01")).toBe("2026-12-28");
  });
});

describe("periodLabel", () => {
  it("reads as a month, a quarter or a week", () => {
    const day = new Date("2026-10-01T00:00:00.000Z");
    expect(periodLabel("MONTHLY", day)).toBe("Oct 2026");
    expect(periodLabel("QUARTERLY", day)).toBe("Q4 2026");
    expect(periodLabel("WEEKLY", new Date("2026-11-30T00:00:00.000Z"))).toBe("week of 30 Nov 2026");
  });
});
