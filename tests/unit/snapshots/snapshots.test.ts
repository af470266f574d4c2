import { describe, expect, it } from "vitest";
import { distributionByWeek, healthBand, healthRows, healthWeeks, utcDay } from "../../../lib/domain/snapshots/daily";
import { withLoadSnapshots } from "../../../lib/domain/snapshots/trend";
import { loadTrend } from "../../../lib/domain/portfolio/load-trend";
import { publicErrorMessage } from "../../../lib/jobs/job-runs";
import { agencyIdOf } from "../../../lib/jobs/types";

const TODAY = new Date("2026-06-10T15:00:00Z"); // a Wednesday

describe("daily snapshots (pure parts)", () => {
  it("one day is the UTC calendar day", () => {
    expect(utcDay(new Date("2026-06-10T23:59:59Z")).toISOString()).toBe("2026-06-10T00:00:00.000Z");
  });

  it("health rows are whole scores in 0..100, null stays null", () => {
    expect(
      healthRows(
        new Map([
          ["a", 71.6],
          ["b", null],
          ["c", 140],
        ]),
      ),
    ).toEqual([
      { accountId: "a", healthScore: 72 },
      { accountId: "b", healthScore: null },
      { accountId: "c", healthScore: 100 },
    ]);
  });

  it("bands: 70+ healthy, 50-69 watch, below 50 at risk", () => {
    expect([healthBand(70), healthBand(69), healthBand(50), healthBand(49), healthBand(null)]).toEqual([
      "healthy",
      "watch",
      "watch",
      "atRisk",
      "unscored",
    ]);
  });

  it("12 Monday-started weeks ending with this one; weeks without snapshots stay empty", () => {
    const weeks = healthWeeks(TODAY);
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)!.weekStart.toISOString().slice(0, 10)).toBe("2026-06-08");
    expect(weeks[0]!.weekStart.toISOString().slice(0, 10)).toBe("2026-03-23");
    const filled = distributionByWeek(weeks, [
      { weekStart: new Date("2026-06-08"), day: new Date("2026-06-10"), healthy: 3, watch: 2, atRisk: 1, unscored: 0 },
    ]);
    expect(filled.at(-1)).toMatchObject({ healthy: 3, watch: 2, atRisk: 1 });
    expect(filled[0]).toMatchObject({ day: null, healthy: 0 });
  });
});

describe("the AM trend with real snapshots", () => {
  const accounts = [
    { status: "ACTIVE" as const, complexity: "STANDARD" as const, startDate: new Date("2025-01-01"), archivedAt: null },
  ];

  it("a past month with snapshots shows the newest one; the current month stays measured today", () => {
    const trend = loadTrend(accounts, TODAY);
    const merged = withLoadSnapshots(trend, [
      { day: new Date("2026-04-03"), load: 7, weightedLoad: 8.5 },
      { day: new Date("2026-04-28"), load: 6, weightedLoad: 7 },
      { day: new Date("2026-06-09"), load: 9, weightedLoad: 9 },
    ]);
    const april = merged.find((p) => p.month === "2026-04")!;
    expect(april).toMatchObject({ load: 6, weightedLoad: 7, measured: true });
    expect(merged.at(-1)).toMatchObject({ load: 1, measured: false });
    expect(merged.filter((p) => p.measured)).toHaveLength(1);
  });
});

describe("jobs (pure parts)", () => {
  it("a leader sees the first line of an error, without connection strings", () => {
    expect(publicErrorMessage(new Error("connect failed postgres://u:secret@h/db\n  at x"))).toBe(
      "connect failed postgres://…",
    );
  });

  it("per-agency payloads must carry a UUID", () => {
    expect(() => agencyIdOf({})).toThrow();
    expect(() => agencyIdOf({ agencyId: "x" })).toThrow();
    expect(agencyIdOf({ agencyId: "0f8fad5b-d9cb-469f-a165-70867728950e" })).toBe(
      "0f8fad5b-d9cb-469f-a165-70867728950e",
    );
  });
});
