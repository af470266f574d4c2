import { describe, expect, it } from "vitest";
import { DEFAULT_SIGNAL_RULES, type PortfolioSnapshot } from "@/lib/domain/portfolio/signal-types";
import { accountHealthFromSnapshot, detectSignals, healthScoresByAccount } from "@/lib/domain/portfolio/signals";
import { account, accounts, am, client, daysAfter, daysBefore, MID, project, TODAY } from "./fixtures";

/** A sick account renewing soon: 60 days silent on TIER_1 (recency 0), sentiment 1, one off-track project. */
const sick = account({
  id: "sick",
  name: "Retainer",
  amId: "am-1",
  tier: "TIER_1",
  lastCheckInAt: daysBefore(60),
  recentSentiments: [1, 1, 1],
  renewalDate: daysAfter(20),
  hasActiveGrowthPlan: true,
});

const snapshot: PortfolioSnapshot = {
  guideline: MID,
  ams: [am("am-1", "Priya Shah"), am("am-2", "Sam Lee")],
  accounts: [sick, ...accounts(8, { amId: "am-1" }), ...accounts(3, { amId: "am-2" })],
  projects: [project({ id: "p-sick", accountId: "sick", status: "OFF_TRACK", pmId: "pm-9" })],
  clients: [client({ activeContactCount: 5 })],
};

describe("health from the snapshot", () => {
  it("takes the account's own projects only", () => {
    const other = project({ accountId: "elsewhere", status: "ON_TRACK" });
    const health = accountHealthFromSnapshot(sick, [...snapshot.projects, other], TODAY);
    expect(health.components.find((c) => c.key === "delivery")?.score).toBe(0);
    expect(health.score).toBe(0);
  });

  it("scores only load-bearing accounts", () => {
    const paused = account({ id: "paused", status: "PAUSED" });
    const scores = healthScoresByAccount([sick, paused], snapshot.projects, TODAY);
    expect([...scores.entries()]).toEqual([["sick", 0]]);
  });
});

describe("detectSignals", () => {
  it("finds every rule's signals, most severe first, then in the design's table order", () => {
    const signals = detectSignals(snapshot, TODAY);
    expect(signals.map((s) => [s.severity, s.type, s.subject.id])).toEqual([
      ["critical", "AM_OVERLOADED", "am-1"],
      ["critical", "CHECK_IN_OVERDUE", "sick"], // 60 days ≥ 3 × 14
      ["critical", "RENEWAL_AT_RISK", "sick"], // health 0, renewal in 20 days
      ["info", "AM_UNDER_USED", "am-2"],
    ]);
  });

  it("orders signals of the same kind by subject name", () => {
    const quiet = { lastCheckInAt: null, amId: "nobody" };
    const signals = detectSignals(
      {
        ...snapshot,
        ams: [],
        accounts: [
          account({ ...quiet, id: "z", clientName: "Zeta" }),
          account({ ...quiet, id: "a", clientName: "Alpha" }),
        ],
        projects: [],
      },
      TODAY,
    );
    expect(signals.map((s) => s.subject.name)).toEqual(["Alpha (Account a)", "Zeta (Account z)"]);
  });

  it("applies the agency's rules", () => {
    const relaxed = { cadence: { ...DEFAULT_SIGNAL_RULES.cadence, TIER_1: 60 } };
    const types = detectSignals(snapshot, TODAY, relaxed).map((s) => s.type);
    expect(types).not.toContain("CHECK_IN_OVERDUE");
    // Recency is now 100, sentiment 0, delivery 0: (30×100)/80 = 37.5, still below 60.
    expect(types).toContain("RENEWAL_AT_RISK");
  });

  it("uses health scores the caller already has", () => {
    const types = detectSignals(snapshot, TODAY, {}, new Map([["sick", 80]])).map((s) => s.type);
    expect(types).not.toContain("RENEWAL_AT_RISK");
  });
});
