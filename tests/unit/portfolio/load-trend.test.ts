import { describe, expect, it } from "vitest";
import {
  loadTrend,
  ownedAt,
  trendMonths,
  trendWindowStart,
  type TrendAccount,
} from "@/lib/domain/portfolio/load-trend";

const TODAY = new Date("2026-03-18T09:30:00.000Z");

const account = (overrides: Partial<TrendAccount> = {}): TrendAccount => ({
  status: "ACTIVE",
  complexity: "STANDARD",
  startDate: new Date("2024-01-01T00:00:00.000Z"),
  archivedAt: null,
  ...overrides,
});

describe("trendMonths", () => {
  it("gives twelve calendar months ending with the current one, oldest first, across a year boundary", () => {
    const months = trendMonths(TODAY);
    expect(months.map((m) => m.month)).toEqual([
      "2025-04",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
    ]);
    expect(months[0]?.label).toBe("Apr 2025");
    expect(months[11]?.label).toBe("Mar 2026");
  });

  it("measures past months at their last millisecond (UTC, leap years included) and the current month at today", () => {
    const months = trendMonths(new Date("2024-03-05T12:00:00.000Z"), 3);
    expect(months.map((m) => m.asOf.toISOString())).toEqual([
      "2024-01-31T23:59:59.999Z",
      "2024-02-29T23:59:59.999Z",
      "2024-03-05T12:00:00.000Z",
    ]);
    expect(months.map((m) => m.partial)).toEqual([false, false, true]);
  });

  it("handles a December today (the month after is next January)", () => {
    const months = trendMonths(new Date("2025-12-31T23:00:00.000Z"), 2);
    expect(months.map((m) => [m.month, m.asOf.toISOString()])).toEqual([
      ["2025-11", "2025-11-30T23:59:59.999Z"],
      ["2025-12", "2025-12-31T23:00:00.000Z"],
    ]);
  });

  it("starts where trendWindowStart says: the first day of the oldest month, midnight UTC", () => {
    expect(trendWindowStart(TODAY, 12).toISOString()).toBe("2025-04-01T00:00:00.000Z");
    expect(trendWindowStart(TODAY, 1).toISOString()).toBe("2026-03-01T00:00:00.000Z");
    for (const months of [1, 3, 12, 25]) {
      const first = trendMonths(TODAY, months)[0]!;
      expect(trendWindowStart(TODAY, months).toISOString().slice(0, 7)).toBe(first.month);
    }
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses %d months", (months) => {
    expect(() => trendMonths(TODAY, months)).toThrow(RangeError);
  });
});

describe("ownedAt", () => {
  const endOfJanuary = new Date("2026-01-31T23:59:59.999Z");

  it("counts an account that starts on the last day of the month", () => {
    expect(ownedAt(account({ startDate: new Date("2026-01-31T00:00:00.000Z") }), endOfJanuary)).toBe(true);
    expect(ownedAt(account({ startDate: new Date("2026-02-01T00:00:00.000Z") }), endOfJanuary)).toBe(false);
  });

  it("stops counting an account archived before the month ended, even on its last day", () => {
    expect(ownedAt(account({ archivedAt: new Date("2026-01-31T10:00:00.000Z") }), endOfJanuary)).toBe(false);
    expect(ownedAt(account({ archivedAt: new Date("2026-02-01T00:00:00.000Z") }), endOfJanuary)).toBe(true);
  });
});

describe("loadTrend", () => {
  it("is empty-but-present for an AM with no accounts: twelve zero points", () => {
    const trend = loadTrend([], TODAY);
    expect(trend).toHaveLength(12);
    expect(trend.every((p) => p.load === 0 && p.weightedLoad === 0)).toBe(true);
  });

  it("grows as accounts start and weighs them by complexity", () => {
    const trend = loadTrend(
      [
        account({ complexity: "HIGH", startDate: new Date("2025-01-10T00:00:00.000Z") }),
        account({ complexity: "LOW", startDate: new Date("2025-09-15T00:00:00.000Z") }),
        account({ complexity: "STANDARD", startDate: new Date("2026-02-28T00:00:00.000Z") }),
      ],
      TODAY,
    );
    const byMonth = Object.fromEntries(trend.map((p) => [p.month, [p.load, p.weightedLoad]]));
    expect(byMonth["2025-08"]).toEqual([1, 1.5]);
    expect(byMonth["2025-09"]).toEqual([2, 2]);
    expect(byMonth["2026-01"]).toEqual([2, 2]);
    expect(byMonth["2026-02"]).toEqual([3, 3]);
    expect(byMonth["2026-03"]).toEqual([3, 3]);
  });

  it("drops an archived account from the month it was archived in", () => {
    const trend = loadTrend([account({ archivedAt: new Date("2025-11-20T08:00:00.000Z") })], TODAY);
    const byMonth = Object.fromEntries(trend.map((p) => [p.month, p.load]));
    expect(byMonth["2025-10"]).toBe(1);
    expect(byMonth["2025-11"]).toBe(0);
    expect(byMonth["2026-03"]).toBe(0);
  });

  it("leaves paused and churned accounts out of every month (their stop date is not stored)", () => {
    const trend = loadTrend(
      [account({ status: "PAUSED" }), account({ status: "CHURNED" }), account({ status: "AT_RISK" })],
      TODAY,
    );
    expect(trend.every((p) => p.load === 1 && p.weightedLoad === 1)).toBe(true);
  });

  it("counts an account with an unknown start in every month of the window until it is archived", () => {
    const unknownStart = account({ startDate: null, complexity: "HIGH" });
    expect(loadTrend([unknownStart], TODAY).every((p) => p.load === 1 && p.weightedLoad === 1.5)).toBe(true);
    const archived = loadTrend([{ ...unknownStart, archivedAt: new Date("2025-11-20T08:00:00.000Z") }], TODAY);
    const byMonth = Object.fromEntries(archived.map((p) => [p.month, p.load]));
    expect([byMonth["2025-04"], byMonth["2025-10"], byMonth["2025-11"], byMonth["2026-03"]]).toEqual([1, 1, 0, 0]);
  });

  it("measures the current month at today, so an account starting later this month is not counted yet", () => {
    const trend = loadTrend([account({ startDate: new Date("2026-03-25T00:00:00.000Z") })], TODAY);
    expect(trend.at(-1)).toMatchObject({ month: "2026-03", partial: true, load: 0 });
    expect(
      loadTrend(
        [account({ startDate: new Date("2026-03-25T00:00:00.000Z") })],
        new Date("2026-03-25T00:00:00.000Z"),
      ).at(-1)?.load,
    ).toBe(1);
  });
});
