import { describe, expect, it } from "vitest";
import {
  checkInOverdueSignals,
  noGrowthPlanSignals,
  renewalAtRiskSignals,
  sentimentDropSignals,
} from "@/lib/domain/portfolio/account-signals";
import { DEFAULT_SIGNAL_RULES } from "@/lib/domain/portfolio/signal-types";
import { account, daysAfter, daysBefore, TODAY } from "./fixtures";

const rules = DEFAULT_SIGNAL_RULES;

describe("check-in overdue", () => {
  it.each([
    ["TIER_1", 14, null],
    ["TIER_1", 15, "warning"],
    ["TIER_1", 41, "warning"],
    ["TIER_1", 42, "critical"], // 3 × cadence
    ["TIER_2", 30, null],
    ["TIER_2", 31, "warning"],
    ["TIER_3", 45, null],
    ["TIER_3", 46, "warning"],
  ] as const)("%s, last check-in %i days ago → %s", (tier, days, severity) => {
    const signals = checkInOverdueSignals([account({ tier, lastCheckInAt: daysBefore(days) })], TODAY, rules);
    expect(signals.map((s) => s.severity)).toEqual(severity === null ? [] : [severity]);
  });

  it.each([
    ["ACTIVE", 1],
    ["AT_RISK", 1],
    ["PAUSED", 0],
    ["CHURNED", 0],
  ] as const)("a never-checked-in %s account → %i signals", (status, count) => {
    expect(checkInOverdueSignals([account({ status, lastCheckInAt: null })], TODAY, rules)).toHaveLength(count);
  });

  it("explains with the numbers", () => {
    const acme = account({ id: "x", name: "Retainer: social", tier: "TIER_1", lastCheckInAt: daysBefore(20) });
    const [signal] = checkInOverdueSignals([acme], TODAY, rules);
    expect(signal?.subject).toEqual({ kind: "account", id: "x", name: "Acme (Retainer: social)" });
    expect(signal?.reason).toBe(
      "The last check-in on Acme (Retainer: social) was 20 days ago; Tier 1 clients should hear from us every 14 days.",
    );
    const [never] = checkInOverdueSignals([{ ...acme, lastCheckInAt: null }], TODAY, rules);
    expect(never?.reason).toMatch(/^No check-in has been logged on Acme \(Retainer: social\) yet/);
  });

  it("uses the agency's cadence", () => {
    const custom = { cadence: { TIER_1: 14, TIER_2: 10, TIER_3: 45 } };
    expect(checkInOverdueSignals([account({ lastCheckInAt: daysBefore(11) })], TODAY, custom)).toHaveLength(1);
    expect(checkInOverdueSignals([account({ lastCheckInAt: daysBefore(11) })], TODAY, rules)).toHaveLength(0);
  });
});

describe("no growth plan", () => {
  it.each([
    ["TIER_1", false, "ACTIVE", true],
    ["TIER_1", true, "ACTIVE", false],
    ["TIER_2", false, "ACTIVE", false],
    ["TIER_1", false, "CHURNED", false],
  ] as const)("%s, active plan %s, account %s → signal %s", (tier, hasActiveGrowthPlan, status, expected) => {
    const signals = noGrowthPlanSignals([account({ tier, hasActiveGrowthPlan, status })]);
    expect(signals.map((s) => s.type)).toEqual(expected ? ["NO_GROWTH_PLAN"] : []);
  });
});

describe("renewal at risk", () => {
  const scoreOf = (score: number | null) => new Map([["acc", score]]);

  it.each([
    ["in 90 days, health 59", 90, 59, true],
    ["in 91 days, health 59", 91, 59, false],
    ["today, health 30", 0, 30, true],
    ["yesterday (already past), health 30", -1, 30, false],
    ["in 30 days, health 60", 30, 60, false],
    ["in 30 days, no health score", 30, null, false],
  ] as const)("renewal %s → signal %s", (_label, days, health, expected) => {
    const acc = account({ id: "acc", renewalDate: daysAfter(days) });
    const signals = renewalAtRiskSignals([acc], scoreOf(health), TODAY, rules);
    expect(signals.map((s) => [s.type, s.severity])).toEqual(expected ? [["RENEWAL_AT_RISK", "critical"]] : []);
  });

  it("ignores accounts with no renewal date and inactive accounts", () => {
    const noDate = account({ id: "acc", renewalDate: null });
    const paused = account({ id: "acc", renewalDate: daysAfter(10), status: "PAUSED" });
    expect(renewalAtRiskSignals([noDate, paused], scoreOf(10), TODAY, rules)).toEqual([]);
  });

  it("says when and how healthy", () => {
    const acc = account({ id: "acc", name: "Retainer", renewalDate: new Date("2025-07-15T00:00:00Z") });
    const [signal] = renewalAtRiskSignals([acc], scoreOf(52), TODAY, rules);
    expect(signal?.reason).toBe("Acme (Retainer) renews in 30 days (2025-07-15) and its health score is 52, below 60.");
  });
});

describe("sentiment drop", () => {
  it.each([
    ["drop of exactly 1.5 (4,4,4 → 3,2)", [3, 2, 4, 4, 4], true],
    ["drop of 1.4 (4,4,4 → 2.6,2.6)", [2.6, 2.6, 4, 4, 4], false],
    ["drop of 1.33 (5,4,4 → 3,3)", [3, 3, 5, 4, 4], false],
    ["drop of 1.5 with thirds (4.67 → 3.17)", [3, 10 / 3, 5, 5, 4], true],
    ["drop of 2 (5,5,5 → 3,3)", [3, 3, 5, 5, 5], true],
    ["a rise", [5, 5, 2, 2, 2], false],
    ["only four check-ins", [1, 1, 5, 5], false],
    ["older check-ins beyond five are ignored", [3, 3, 4, 4, 4, 1, 1], false],
  ])("%s → %s", (_label, recentSentiments, expected) => {
    const signals = sentimentDropSignals([account({ recentSentiments })], rules);
    expect(signals.map((s) => s.type)).toEqual(expected ? ["SENTIMENT_DROP"] : []);
  });

  it("reports both averages", () => {
    const [signal] = sentimentDropSignals([account({ name: "Retainer", recentSentiments: [3, 2, 4, 4, 4] })], rules);
    expect(signal?.reason).toBe(
      "Sentiment on Acme (Retainer) fell from 4 over the previous three check-ins to 2.5 over the last two.",
    );
  });

  it("skips inactive accounts", () => {
    const churned = account({ status: "CHURNED", recentSentiments: [1, 1, 5, 5, 5] });
    expect(sentimentDropSignals([churned], rules)).toEqual([]);
  });
});
