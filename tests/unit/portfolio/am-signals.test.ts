import { describe, expect, it } from "vitest";
import { amLoadSignals, burnoutRiskSignals, roleOverlapSignals } from "@/lib/domain/portfolio/am-signals";
import { DEFAULT_SIGNAL_RULES } from "@/lib/domain/portfolio/signal-types";
import { account, accounts, am, daysBefore, MID, project, SMALL, TODAY } from "./fixtures";

describe("AM load signals (small agency, 4–6)", () => {
  it.each([
    [7, "AM_OVERLOADED", "critical"],
    [6, "AM_AT_CAPACITY", "info"],
    [5, null, null],
    [4, null, null],
    [3, "AM_UNDER_USED", "info"],
    [0, "AM_UNDER_USED", "info"],
  ] as const)("%i STANDARD accounts → %s", (count, type, severity) => {
    const signals = amLoadSignals([am("am-1", "Sam Lee")], accounts(count, { amId: "am-1" }), SMALL);
    expect(signals.map((s) => [s.type, s.severity])).toEqual(type === null ? [] : [[type, severity]]);
    for (const signal of signals) expect(signal.subject).toEqual({ kind: "am", id: "am-1", name: "Sam Lee" });
  });

  it("states the weighted load and the guideline in plain language", () => {
    const book = [...accounts(5, { amId: "priya" }), ...accounts(3, { amId: "priya", complexity: "HIGH" })];
    const [signal] = amLoadSignals([am("priya", "Priya Shah")], book, MID);
    expect(signal?.reason).toBe(
      "Priya Shah carries 9.5 weighted accounts (8 accounts); the guideline for a mid-size agency is 6–8.",
    );
  });

  it("mentions the room left for an under-used AM", () => {
    const [signal] = amLoadSignals([am("a", "Ana Ruiz")], accounts(2, { amId: "a", complexity: "LOW" }), SMALL);
    expect(signal?.reason).toBe(
      "Ana Ruiz carries 1 weighted account (2 accounts); the guideline for a small agency is 4–6, so there is room for 5 more.",
    );
  });

  it("ignores paused and churned accounts and accounts of other AMs", () => {
    const book = [
      ...accounts(5, { amId: "am-1" }),
      account({ amId: "am-1", status: "PAUSED" }),
      account({ amId: "am-1", status: "CHURNED" }),
      account({ amId: "am-2" }),
    ];
    expect(amLoadSignals([am("am-1")], book, SMALL)).toEqual([]);
  });
});

describe("AM burnout risk", () => {
  const offTrackOn = (accountId: string) => project({ accountId, status: "OFF_TRACK" });
  const overdue = { lastCheckInAt: daysBefore(31) }; // TIER_2, cadence 30

  it.each([
    ["30 of 100 accounts overdue (30 %)", 100, 30, true],
    ["29 of 100 accounts overdue (29 %)", 100, 29, false],
    ["3 of 10 overdue (30 %)", 10, 3, true],
    ["2 of 10 overdue (20 %)", 10, 2, false],
    ["all 8 overdue but only at capacity", 8, 8, false],
  ])("%s", (_label, total, overdueCount, expected) => {
    const book = [
      ...accounts(overdueCount, { amId: "am-1", ...overdue }),
      ...accounts(total - overdueCount, { amId: "am-1" }),
    ];
    const signals = burnoutRiskSignals([am("am-1")], book, [], MID, TODAY, DEFAULT_SIGNAL_RULES);
    expect(signals.map((s) => s.type)).toEqual(expected ? ["AM_BURNOUT_RISK"] : []);
  });

  it("counts only the AM's active accounts for the share", () => {
    // 9 active (overloaded), 2 overdue = 22 %; 5 paused overdue accounts must not lift it.
    const book = [
      ...accounts(2, { amId: "am-1", ...overdue }),
      ...accounts(7, { amId: "am-1" }),
      ...accounts(5, { amId: "am-1", status: "PAUSED", ...overdue }),
    ];
    expect(burnoutRiskSignals([am("am-1")], book, [], MID, TODAY, DEFAULT_SIGNAL_RULES)).toEqual([]);
  });

  it.each([
    ["off-track projects on 2 accounts", ["a1", "a2"], true],
    ["an off-track project on 1 account", ["a1"], false],
    ["two off-track projects on the same account", ["a1", "a1"], false],
    ["one on a paused account", ["a1", "paused"], false],
  ])("%s", (_label, accountIds, expected) => {
    const book = [
      account({ id: "a1", amId: "am-1" }),
      account({ id: "a2", amId: "am-1" }),
      account({ id: "paused", amId: "am-1", status: "PAUSED" }),
      ...accounts(7, { amId: "am-1" }),
    ];
    const projects = accountIds.map(offTrackOn);
    const signals = burnoutRiskSignals([am("am-1", "Priya Shah")], book, projects, MID, TODAY, DEFAULT_SIGNAL_RULES);
    expect(signals.map((s) => s.type)).toEqual(expected ? ["AM_BURNOUT_RISK"] : []);
    if (expected) {
      expect(signals[0]?.reason).toBe(
        "Priya Shah is overloaded (9 weighted accounts; guideline 6–8) and 2 accounts have off-track projects.",
      );
      expect(signals[0]?.severity).toBe("critical");
    }
  });

  it("names both causes when both hold", () => {
    const book = [
      account({ id: "a1", amId: "am-1", ...overdue }),
      account({ id: "a2", amId: "am-1", ...overdue }),
      account({ id: "a3", amId: "am-1", ...overdue }),
      ...accounts(6, { amId: "am-1" }),
    ];
    const [signal] = burnoutRiskSignals(
      [am("am-1", "Priya Shah")],
      book,
      [offTrackOn("a1"), offTrackOn("a2")],
      MID,
      TODAY,
      DEFAULT_SIGNAL_RULES,
    );
    expect(signal?.reason).toBe(
      "Priya Shah is overloaded (9 weighted accounts; guideline 6–8) and 3 of 9 accounts (33%) have overdue " +
        "check-ins, and 2 accounts have off-track projects.",
    );
  });
});

describe("role overlap", () => {
  const book = [account({ id: "own", amId: "am-1" }), account({ id: "other", amId: "am-2" })];

  it.each([
    ["PM of an open project on their own account", { accountId: "own", pmId: "am-1" }, true],
    ["PM of a project on a colleague's account", { accountId: "other", pmId: "am-1" }, false],
    ["their account, someone else is PM", { accountId: "own", pmId: "pm-9" }, false],
    ["PM of a DONE project on their own account", { accountId: "own", pmId: "am-1", status: "DONE" as const }, false],
  ])("%s", (_label, overrides, expected) => {
    const signals = roleOverlapSignals([am("am-1"), am("am-2")], book, [project(overrides)]);
    expect(signals.map((s) => [s.type, s.subject.id])).toEqual(expected ? [["ROLE_OVERLAP", "am-1"]] : []);
  });

  it("lists the projects by name in one signal", () => {
    const projects = [
      project({ accountId: "own", pmId: "am-1", name: "Website rebuild" }),
      project({ accountId: "own", pmId: "am-1", name: "Brand refresh" }),
    ];
    const signals = roleOverlapSignals([am("am-1", "Priya Shah")], book, projects);
    expect(signals).toHaveLength(1);
    expect(signals[0]?.reason).toContain("2 projects on their own accounts (Brand refresh, Website rebuild)");
  });
});
