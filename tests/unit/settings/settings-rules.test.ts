import { describe, expect, it } from "vitest";
import { firstRunSteps, showFirstRunGuide } from "@/lib/domain/agencies/first-run";
import { agencyLoadHistory } from "@/lib/domain/agencies/load-history";
import { bandHistory, guidelineAt, type GuidelineChangeRow } from "@/lib/domain/agencies/rule-history";
import {
  countBandChanges,
  tallyComponents,
  countStatusChanges,
  overrideProblem,
  previewGuideline,
  scoreWith,
  signalRulesFromSettings,
  weightsTotal,
} from "@/lib/domain/agencies/settings-rules";
import { healthWeightsSchema, overrideSchema, profileSchema } from "@/lib/domain/agencies/settings-schemas";
import { guidelineFor } from "@/lib/domain/portfolio/guideline";
import { trendMonths } from "@/lib/domain/portfolio/load-trend";

const noOverride = { guidelineMinOverride: null, guidelineMaxOverride: null };
const weights = { recency: 30, sentiment: 25, delivery: 25, kpi: 20 };

describe("employee count → size band", () => {
  it("9 → 10 employees moves a small agency (4–6) to mid-size (6–8)", () => {
    expect(previewGuideline({ employeeCount: 9, ...noOverride })).toMatchObject({ band: "small", min: 4, max: 6 });
    expect(previewGuideline({ employeeCount: 10, ...noOverride })).toMatchObject({ band: "mid-size", min: 6, max: 8 });
  });

  it("gives no preview for a count that is not a positive whole number", () => {
    for (const employeeCount of [0, -3, 8.5, Number.NaN]) {
      expect(previewGuideline({ employeeCount, ...noOverride })).toBeNull();
    }
  });

  it("counts the AMs whose status the new guideline changes", () => {
    const small = guidelineFor({ employeeCount: 8, ...noOverride });
    const mid = guidelineFor({ employeeCount: 12, ...noOverride });
    // 5: HEALTHY under 4–6, UNDER under 6–8; 6: AT_CAPACITY → HEALTHY; 7: OVERLOADED → HEALTHY; 9: OVERLOADED both.
    expect(countStatusChanges([5, 6, 7, 9], small, mid)).toBe(3);
    expect(countStatusChanges([5, 6, 7, 9], small, small)).toBe(0);
  });
});

describe("override bounds", () => {
  it.each([
    [0, 0, "The maximum must be at least 1 account."],
    [-1, 4, "The minimum cannot be negative."],
    [5, 4, "The minimum cannot be above the maximum."],
    [1.5, 4, "Use whole numbers of accounts."],
  ])("%d–%d is refused", (min, max, message) => expect(overrideProblem(min, max)).toBe(message));

  it.each([
    [0, 1],
    [3, 3],
    [4, 9],
  ])("%d–%d is accepted", (min, max) => expect(overrideProblem(min, max)).toBeNull());

  it("the schema needs a reason and puts an inverted range on the maximum", () => {
    const base = { expectedVersion: 1, min: "5", max: "4", reason: "Complex retainers" };
    const inverted = overrideSchema.safeParse(base);
    expect(inverted.success ? [] : inverted.error.issues.map((i) => i.path.join("."))).toEqual(["max"]);
    const noReason = overrideSchema.safeParse({ ...base, max: "6", reason: "  " });
    expect(noReason.success ? [] : noReason.error.issues.map((i) => i.path.join("."))).toEqual(["reason"]);
    expect(overrideSchema.safeParse({ ...base, min: "0", max: "0" }).success).toBe(false);
  });
});

describe("health weights", () => {
  it("must add up to exactly 100", () => {
    expect(weightsTotal(weights)).toBe(100);
    const input = (recency: string) => ({
      expectedVersion: 1,
      healthWeightRecency: recency,
      healthWeightSentiment: "25",
      healthWeightDelivery: "25",
      healthWeightKpi: "20",
    });
    expect(healthWeightsSchema.safeParse(input("30")).success).toBe(true);
    const off = healthWeightsSchema.safeParse(input("29"));
    expect(off.success ? null : off.error.issues[0]?.message).toBe(
      "The weights add up to 99; they must add up to 100.",
    );
    expect(healthWeightsSchema.safeParse(input("-5")).success).toBe(false);
  });

  it("re-weights present components only, like the health score", () => {
    expect(scoreWith({ recency: 100, sentiment: 50 }, weights)).toBe(Math.round((100 * 30 + 50 * 25) / 55));
    expect(scoreWith({}, weights)).toBeNull();
  });

  it("counts the accounts that change band under new weights, up and down", () => {
    const accounts = [
      { recency: 100, sentiment: 20 }, // 30/25 → 64 (watch); 70/5 → 87 (healthy): up
      { recency: 20, sentiment: 100 }, // 56 (at risk) → 26: same band
      { recency: 100, delivery: 100 }, // healthy both
      { kpi: 40, recency: 90 }, // 20/30 → 70 (watch); 5/70 → 87: up
    ];
    const to = { recency: 70, sentiment: 5, delivery: 20, kpi: 5 };
    const tallies = tallyComponents(accounts);
    expect(countBandChanges(tallies, weights, to)).toEqual({ changed: 2, better: 2, worse: 0, accounts: 4 });
    expect(countBandChanges(tallies, to, weights)).toEqual({ changed: 2, better: 0, worse: 2, accounts: 4 });
  });

  it("carries identical accounts once, with their number, and counts each of them", () => {
    const same = { recency: 100, sentiment: 20 };
    const tallies = tallyComponents([same, { ...same }, { sentiment: 20, recency: 100 }, { kpi: 40 }]);
    expect(tallies).toEqual([
      [100, 20, null, null, 3],
      [null, null, null, 40, 1],
    ]);
    const to = { recency: 70, sentiment: 5, delivery: 20, kpi: 5 };
    expect(countBandChanges(tallies, weights, to)).toEqual({ changed: 3, better: 3, worse: 0, accounts: 4 });
  });
});

describe("signal rules from settings", () => {
  it("carries the agency's thresholds over the defaults", () => {
    const rules = signalRulesFromSettings({
      employeeCount: 8,
      ...noOverride,
      cadenceTier1Days: 7,
      cadenceTier2Days: 21,
      cadenceTier3Days: 60,
      healthWeightRecency: 40,
      healthWeightSentiment: 20,
      healthWeightDelivery: 20,
      healthWeightKpi: 20,
      renewalWindowDays: 45,
      staleProjectDays: 5,
      sentimentDropPoints: 1,
      relationshipMinContacts: 3,
    });
    expect(rules).toMatchObject({
      cadence: { TIER_1: 7, TIER_2: 21, TIER_3: 60 },
      healthWeights: { recency: 40, sentiment: 20, delivery: 20, kpi: 20 },
      renewalWindowDays: 45,
      staleProjectDays: 5,
      sentimentDropPoints: 1,
      relationshipMinContacts: 3,
      renewalHealthBelow: 60,
    });
  });

  it("the profile schema refuses an unknown time zone and accepts an IANA one", () => {
    const base = { expectedVersion: 2, name: "Park Studio", employeeCount: "12", currency: "EUR", weekStart: "MONDAY" };
    expect(profileSchema.safeParse({ ...base, timeZone: "Europe/Paris" }).success).toBe(true);
    expect(profileSchema.safeParse({ ...base, timeZone: "Europe/Atlantis" }).success).toBe(false);
  });
});

describe("which guideline applied when", () => {
  const today = new Date("2026-12-01T12:00:00Z");
  const grew: GuidelineChangeRow = {
    effectiveAt: new Date("2026-06-03T09:00:00Z"),
    fromEmployeeCount: 9,
    fromMin: 4,
    fromMax: 6,
    fromSource: "SIZE_BAND",
    toEmployeeCount: 12,
    toMin: 6,
    toMax: 8,
    toSource: "SIZE_BAND",
    reason: null,
    actorName: "Lee",
  };
  const current = guidelineFor({ employeeCount: 12, ...noOverride });

  it("before the first change the old rule applies, from it the new one; with no change, today's throughout", () => {
    expect(guidelineAt([grew], current, new Date("2026-05-31T00:00:00Z"))).toMatchObject({ min: 4, max: 6 });
    expect(guidelineAt([grew], current, new Date("2026-06-03T09:00:00Z"))).toMatchObject({ min: 6, max: 8 });
    expect(guidelineAt([], current, new Date("2020-01-01T00:00:00Z"))).toBe(current);
  });

  it("steps the band in the month of the change and names it with its date", () => {
    const bands = bandHistory(trendMonths(today), [grew], current);
    expect(bands.map((b) => b.bandMax)).toEqual([6, 6, 6, 6, 6, 8, 8, 8, 8, 8, 8, 8]);
    expect(bands[5]?.changeNote).toBe("6–8 from 3 Jun 2026 (mid-size agency, 12 employees)");
    expect(bands.filter((b) => b.changeNote)).toHaveLength(1);
  });

  it("averages the reconstructed load over today's AMs", () => {
    const account = { status: "ACTIVE" as const, complexity: "HIGH" as const, archivedAt: null };
    const accounts = [
      { ...account, startDate: new Date("2026-01-01T00:00:00Z") },
      { ...account, startDate: new Date("2026-11-15T00:00:00Z") },
    ];
    const points = agencyLoadHistory(accounts, 2, [grew], current, today);
    expect(points.at(0)).toMatchObject({ weightedLoad: 0.8, bandMin: 4 }); // Jan: 1.5 / 2 → 0.75 → 0.8
    expect(points.at(-1)).toMatchObject({ weightedLoad: 1.5, bandMin: 6 });
  });
});

describe("first-run guide", () => {
  const empty = { setupConfirmed: false, accountManagers: 0, projectManagers: 0, accounts: 0, checkIns: 0 };

  it("ticks each step from the data and links to where it is done", () => {
    const steps = firstRunSteps({ ...empty, setupConfirmed: true, accountManagers: 2 }, "park-studio");
    expect(steps.map((s) => [s.key, s.done])).toEqual([
      ["size", true],
      ["team", false], // an AM but no PM yet
      ["accounts", false],
      ["check-in", false],
    ]);
    expect(steps.find((s) => s.key === "accounts")?.href).toBe("/park-studio/import");
  });

  it("shows until dismissed or done", () => {
    const open = firstRunSteps(empty, "x");
    const done = firstRunSteps(
      { setupConfirmed: true, accountManagers: 1, projectManagers: 1, accounts: 3, checkIns: 1 },
      "x",
    );
    expect(showFirstRunGuide(open, null)).toBe(true);
    expect(showFirstRunGuide(open, new Date())).toBe(false);
    expect(showFirstRunGuide(done, null)).toBe(false);
  });
});
