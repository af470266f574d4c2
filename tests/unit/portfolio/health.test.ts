import { describe, expect, it } from "vitest";
import { computeAccountHealth, healthBand, type AccountHealthInput } from "@/lib/domain/portfolio/health";
import {
  deliveryScore,
  kpiAttainment,
  kpiScore,
  recencyScore,
  sentimentScore,
} from "@/lib/domain/portfolio/health-components";
import { bandEdges, daysBefore, TODAY } from "./fixtures";

const input = (overrides: Partial<AccountHealthInput> = {}): AccountHealthInput => ({
  tier: "TIER_1",
  lastCheckInAt: daysBefore(1),
  recentSentiments: [5, 5, 5],
  projectStatuses: ["ON_TRACK"],
  kpis: [{ target: 100, direction: "HIGHER_IS_BETTER", latestValue: 100 }],
  ...overrides,
});

describe("recency (TIER_1, cadence 14)", () => {
  it.each([
    [0, 100],
    [14, 100], // at the cadence
    [15, 100 * (27 / 28)],
    [21, 75],
    [28, 50], // 2 × cadence
    [35, 25],
    [42, 0], // 3 × cadence
    [60, 0],
  ])("%i days since the last check-in → %d", (days, score) => {
    expect(recencyScore(daysBefore(days), "TIER_1", 14, TODAY)?.score).toBeCloseTo(score, 9);
  });

  it("is missing without any check-in", () => {
    expect(recencyScore(null, "TIER_1", 14, TODAY)).toBeNull();
  });
});

describe("sentiment", () => {
  it.each([
    [[5, 5, 5], 100],
    [[1, 1, 1], 0],
    [[3, 3, 3], 50],
    [[4, 3, 2, 1, 1], 50], // only the newest three count
    [[2], 25], // fewer than three: the mean of what there is
    [[5, 4], 87.5],
  ])("%j → %d", (sentiments, score) => {
    expect(sentimentScore(sentiments)?.score).toBeCloseTo(score, 9);
  });

  it("is missing without check-ins", () => {
    expect(sentimentScore([])).toBeNull();
  });
});

describe("delivery", () => {
  it.each([
    [["ON_TRACK"], 100],
    [["NOT_STARTED"], 100],
    [["ON_HOLD"], 60],
    [["AT_RISK"], 50],
    [["OFF_TRACK"], 0],
    [["ON_TRACK", "AT_RISK"], 75],
    [["ON_TRACK", "OFF_TRACK"], 100 / 3], // OFF_TRACK weighs double
    [["ON_TRACK", "ON_TRACK", "OFF_TRACK"], 50],
    [["OFF_TRACK", "DONE", "DONE", "DONE"], 0], // finished work does not hide trouble
  ] as const)("%j → %d", (statuses, score) => {
    expect(deliveryScore(statuses)?.score).toBeCloseTo(score, 9);
  });

  it.each([[[]], [["DONE", "DONE"]]] as const)("is missing with no open projects: %j", (statuses) => {
    expect(deliveryScore(statuses)).toBeNull();
  });

  it("describes the mix worst first", () => {
    expect(deliveryScore(["ON_TRACK", "OFF_TRACK", "ON_TRACK"])?.detail).toBe(
      "3 open projects: 1 off track, 2 on track.",
    );
  });
});

describe("KPI attainment", () => {
  it.each([
    ["higher is better, half way", "HIGHER_IS_BETTER", 200, 100, 50],
    ["higher is better, met", "HIGHER_IS_BETTER", 200, 200, 100],
    ["higher is better, beaten (capped)", "HIGHER_IS_BETTER", 200, 500, 100],
    ["higher is better, negative value", "HIGHER_IS_BETTER", 200, -10, 0],
    ["higher is better, zero target met", "HIGHER_IS_BETTER", 0, 0, 100],
    ["lower is better, twice the target", "LOWER_IS_BETTER", 10, 20, 50],
    ["lower is better, under the target (capped)", "LOWER_IS_BETTER", 10, 5, 100],
    ["lower is better, zero value", "LOWER_IS_BETTER", 10, 0, 100],
    ["lower is better, zero target missed", "LOWER_IS_BETTER", 0, 3, 0],
  ] as const)("%s", (_label, direction, target, value, expected) => {
    expect(kpiAttainment({ direction, target, value })).toBeCloseTo(expected, 9);
  });

  it("averages measured KPIs and ignores unmeasured ones", () => {
    const result = kpiScore([
      { target: 100, direction: "HIGHER_IS_BETTER", latestValue: 50 },
      { target: 10, direction: "LOWER_IS_BETTER", latestValue: 10 },
      { target: 100, direction: "HIGHER_IS_BETTER", latestValue: null },
    ]);
    expect(result?.score).toBe(75);
    expect(kpiScore([{ target: 1, direction: "HIGHER_IS_BETTER", latestValue: null }])).toBeNull();
  });
});

describe("computeAccountHealth", () => {
  it("weights 30/25/25/20 by default", () => {
    // recency 50 (28 days), sentiment 50, delivery 0, KPI 100 → 15 + 12.5 + 0 + 20 = 47.5 → 48
    const health = computeAccountHealth(
      input({ lastCheckInAt: daysBefore(28), recentSentiments: [3, 3, 3], projectStatuses: ["OFF_TRACK"] }),
      TODAY,
    );
    expect(health.score).toBe(48);
    expect(health.band).toBe("at_risk");
    expect(health.missing).toEqual([]);
    expect(health.components.map((c) => [c.key, c.score, c.weight, c.effectiveWeight])).toEqual([
      ["recency", 50, 30, 30],
      ["sentiment", 50, 25, 25],
      ["delivery", 0, 25, 25],
      ["kpi", 100, 20, 20],
    ]);
    expect(health.draggingDown?.key).toBe("delivery");
    expect(health.draggingDown?.explanation).toBe("1 open project: 1 off track. This costs the score 25 points.");
  });

  it.each([
    // recency 0, the others 100. Without re-weighting every case would score 70, 75 or 45.
    ["no KPIs: (0×30 + 100×25 + 100×25) / 80 = 62.5", { kpis: [] }, ["kpi"], 63],
    ["no projects: (0×30 + 100×25 + 100×20) / 75 = 60", { projectStatuses: [] }, ["delivery"], 60],
    [
      "no check-ins: only delivery and KPI, both 100",
      { lastCheckInAt: null, recentSentiments: [] },
      ["recency", "sentiment"],
      100,
    ],
  ] as const)("re-weights when a component is missing: %s", (_label, overrides, missing, expected) => {
    // Recency 0 (60 days) makes the re-weighting visible.
    const base = input({ lastCheckInAt: daysBefore(60) });
    const health = computeAccountHealth({ ...base, ...overrides }, TODAY);
    expect(health.missing).toEqual(missing);
    expect(health.score).toBe(expected);
    const total = health.components.reduce((sum, c) => sum + c.effectiveWeight, 0);
    expect(total).toBeCloseTo(100, 9);
  });

  it("has no score when every component is missing", () => {
    const health = computeAccountHealth(
      input({ lastCheckInAt: null, recentSentiments: [], projectStatuses: [], kpis: [] }),
      TODAY,
    );
    expect(health).toEqual({
      score: null,
      band: null,
      components: [],
      missing: ["recency", "sentiment", "delivery", "kpi"],
      draggingDown: null,
    });
  });

  it("uses the agency's weights and cadence", () => {
    const slow = input({ lastCheckInAt: daysBefore(28), projectStatuses: [], kpis: [], recentSentiments: [1, 1, 1] });
    // Default cadence 14: recency 50; cadence 28: recency 100. Sentiment 0. Weights recency 3 : sentiment 1.
    const weights = { recency: 3, sentiment: 1 };
    expect(computeAccountHealth(slow, TODAY, { weights }).score).toBe(38); // 37.5 → 38
    const cadence = { TIER_1: 28, TIER_2: 30, TIER_3: 45 };
    expect(computeAccountHealth(slow, TODAY, { weights, cadence }).score).toBe(75);
  });

  it("rejects negative weights", () => {
    expect(() => computeAccountHealth(input(), TODAY, { weights: { kpi: -1 } })).toThrow(RangeError);
  });

  it("a perfect account has nothing dragging it down", () => {
    const health = computeAccountHealth(input(), TODAY);
    expect(health.score).toBe(100);
    expect(health.draggingDown).toBeNull();
  });

  it("draggingDown is the largest weight × shortfall, not the lowest score", () => {
    // recency 50 × 30 = 15 points lost; KPI 40 × 20 = 12 points lost → recency drags most despite scoring higher.
    const health = computeAccountHealth(
      input({ lastCheckInAt: daysBefore(28), kpis: [{ target: 10, direction: "HIGHER_IS_BETTER", latestValue: 4 }] }),
      TODAY,
    );
    expect(health.draggingDown?.key).toBe("recency");
    expect(health.draggingDown?.label).toBe("Relationship recency");
  });
});

describe("health bands", () => {
  it.each(bandEdges({ healthy: [75, 100], watch: [60, 74], at_risk: [0, 59] }))("%i → %s", (score, band) => {
    expect(healthBand(score)).toBe(band);
  });
});
