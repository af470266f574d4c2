import { describe, expect, it } from "vitest";
import { defaultRule, dueDateFor, effectiveRules } from "../../../lib/domain/follow-ups/rules";
import { planFollowUpSync, placeSignal, type SyncContext } from "../../../lib/domain/follow-ups/sync-plan";
import type { Signal } from "../../../lib/domain/portfolio/signal-types";

const TODAY = new Date("2026-06-10T15:00:00Z");
const context: SyncContext = {
  accountAm: new Map([["acc-1", "am-1"]]),
  project: new Map([["prj-1", { pmId: "pm-1", accountId: "acc-1" }]]),
  clientAccounts: new Map([["cli-1", [{ accountId: "acc-1", amId: "am-1" }]]]),
};
const signal = (type: Signal["type"], kind: Signal["subject"]["kind"], id: string): Signal => ({
  type,
  severity: "warning",
  subject: { kind, id, name: `${kind} ${id}` },
  reason: "Because.",
});
const rules = effectiveRules([]);

describe("follow-up rules", () => {
  it("default on for the five signals the issue names, off for the rest", () => {
    expect(
      rules
        .filter((r) => r.enabled)
        .map((r) => r.signalType)
        .sort(),
    ).toEqual(["AM_OVERLOADED", "CHECK_IN_OVERDUE", "RELATIONSHIP_RISK", "RENEWAL_AT_RISK", "STALE_PROJECT"].sort());
  });

  it("a stored row wins over the default; an unknown assignee falls back to the default", () => {
    const out = effectiveRules([
      { signalType: "CHECK_IN_OVERDUE", enabled: false, assignee: "LEADERS", dueInDays: 9 },
      { signalType: "STALE_PROJECT", enabled: false, assignee: "SOMEONE", dueInDays: 9 },
    ]);
    expect(out.find((r) => r.signalType === "CHECK_IN_OVERDUE")).toMatchObject({ enabled: false, dueInDays: 9 });
    expect(out.find((r) => r.signalType === "STALE_PROJECT")).toEqual(defaultRule("STALE_PROJECT"));
  });

  it("due dates are UTC days from today", () => {
    expect(dueDateFor(TODAY, 3).toISOString()).toBe("2026-06-13T00:00:00.000Z");
  });
});

describe("placing a signal", () => {
  it("account signals go to the account's AM; project signals to the PM; client signals to the main account's AM", () => {
    expect(
      placeSignal(signal("CHECK_IN_OVERDUE", "account", "acc-1"), defaultRule("CHECK_IN_OVERDUE"), context),
    ).toEqual({
      accountId: "acc-1",
      assigneeId: "am-1",
    });
    expect(placeSignal(signal("STALE_PROJECT", "project", "prj-1"), defaultRule("STALE_PROJECT"), context)).toEqual({
      accountId: "acc-1",
      assigneeId: "pm-1",
    });
    expect(
      placeSignal(signal("RELATIONSHIP_RISK", "client", "cli-1"), defaultRule("RELATIONSHIP_RISK"), context),
    ).toEqual({
      accountId: "acc-1",
      assigneeId: "am-1",
    });
  });

  it("LEADERS leaves the assignee empty (the leaders' queue)", () => {
    expect(placeSignal(signal("AM_OVERLOADED", "am", "am-1"), defaultRule("AM_OVERLOADED"), context)).toEqual({
      accountId: null,
      assigneeId: null,
    });
  });
});

describe("the sync plan", () => {
  const overdue = signal("CHECK_IN_OVERDUE", "account", "acc-1");

  it("creates one follow-up per new occurrence of an enabled signal, due per the rule", () => {
    const plan = planFollowUpSync(
      [overdue, overdue, signal("NO_GROWTH_PLAN", "account", "acc-1")],
      rules,
      [],
      context,
      TODAY,
    );
    expect(plan.close).toEqual([]);
    expect(plan.create).toHaveLength(1);
    expect(plan.create[0]).toMatchObject({ signalType: "CHECK_IN_OVERDUE", subjectId: "acc-1", assigneeId: "am-1" });
    expect(plan.create[0]!.dueDate.toISOString().slice(0, 10)).toBe("2026-06-13");
  });

  it("does nothing for an occurrence that already has an open follow-up", () => {
    const open = [{ id: "f-1", signalType: "CHECK_IN_OVERDUE", subjectId: "acc-1" }];
    expect(planFollowUpSync([overdue], rules, open, context, TODAY)).toEqual({ create: [], close: [] });
  });

  it("closes open ones whose signal cleared, or whose rule was switched off", () => {
    const open = [
      { id: "f-1", signalType: "CHECK_IN_OVERDUE", subjectId: "acc-1" },
      { id: "f-2", signalType: "STALE_PROJECT", subjectId: "prj-1" },
    ];
    const off = effectiveRules([{ signalType: "STALE_PROJECT", enabled: false, assignee: "PROJECT_PM", dueInDays: 3 }]);
    expect(planFollowUpSync([overdue, signal("STALE_PROJECT", "project", "prj-1")], off, open, context, TODAY)).toEqual(
      {
        create: [],
        close: ["f-2"],
      },
    );
    expect(planFollowUpSync([], rules, open, context, TODAY).close).toEqual(["f-1", "f-2"]);
  });
});
