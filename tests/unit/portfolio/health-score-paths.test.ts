import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeAccountHealth, healthScore, type AccountHealthInput } from "@/lib/domain/portfolio/health";
import type { ProjectStatus } from "@/lib/domain/portfolio/types";
import { TODAY, daysBefore } from "./fixtures";

const STATUSES: ProjectStatus[] = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "ON_HOLD", "DONE"];

const input: fc.Arbitrary<AccountHealthInput> = fc.record({
  tier: fc.constantFrom("TIER_1", "TIER_2", "TIER_3"),
  lastCheckInAt: fc.option(fc.integer({ min: 0, max: 200 }).map(daysBefore), { nil: null }),
  recentSentiments: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 6 }),
  projectStatuses: fc.array(fc.constantFrom(...STATUSES), { maxLength: 5 }),
  kpis: fc.array(
    fc.record({
      target: fc.integer({ min: 0, max: 500 }),
      direction: fc.constantFrom("HIGHER_IS_BETTER", "LOWER_IS_BETTER"),
      latestValue: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
    }),
    { maxLength: 3 },
  ),
});
const weights = fc.record({
  recency: fc.integer({ min: 0, max: 100 }),
  sentiment: fc.integer({ min: 0, max: 100 }),
  delivery: fc.integer({ min: 0, max: 100 }),
  kpi: fc.integer({ min: 0, max: 100 }),
});

describe("health: the dashboard's score-only path and the account page's explained score", () => {
  it("always agree, whatever the inputs and weights", () => {
    fc.assert(
      fc.property(input, weights, (account, w) => {
        expect(healthScore(account, TODAY, { weights: w })).toBe(
          computeAccountHealth(account, TODAY, { weights: w }).score,
        );
      }),
      { numRuns: 2000 },
    );
  });
});
