import { describe, expect, it } from "vitest";
import { staleProjectSignals } from "@/lib/domain/portfolio/project-signals";
import { relationshipRiskSignals } from "@/lib/domain/portfolio/relationship-signals";
import { DEFAULT_SIGNAL_RULES, type ClientSnapshot, type ProjectSnapshot } from "@/lib/domain/portfolio/signal-types";
import { client, daysBefore, project, TODAY } from "./fixtures";

const rules = DEFAULT_SIGNAL_RULES;
const checkIn = (days: number, ...contactIds: string[]) => ({ days, contactIds });

/** What the database hands the rule for these check-ins: each contact's newest sighting. */
function attendance(checkIns: readonly { days: number; contactIds: readonly string[] }[]) {
  const newest = new Map<string, number>();
  for (const { days, contactIds } of checkIns) {
    for (const id of contactIds) newest.set(id, Math.min(days, newest.get(id) ?? Infinity));
  }
  return {
    contactsLastSeen: [...newest].map(([contactId, days]) => ({ contactId, lastSeenAt: daysBefore(days) })),
  };
}

describe("relationship risk: too few contacts", () => {
  const riskFor = (tier: ClientSnapshot["tier"], activeContactCount: number) =>
    relationshipRiskSignals([client({ tier, activeContactCount })], TODAY, rules).map((s) => s.type);

  it.each(["TIER_1", "TIER_2"] as const)("a %s client is at risk with fewer than 2 active contacts", (tier) => {
    expect(riskFor(tier, 0)).toEqual(["RELATIONSHIP_RISK"]);
    expect(riskFor(tier, 1)).toEqual(["RELATIONSHIP_RISK"]);
    expect(riskFor(tier, 2)).toEqual([]);
  });

  it("a Tier 3 client's contact count is not watched", () => {
    expect(riskFor("TIER_3", 0)).toEqual([]);
  });

  it("says when there is nobody at all", () => {
    const [signal] = relationshipRiskSignals([client({ activeContactCount: 0 })], TODAY, rules);
    expect(signal?.reason).toBe(
      "Acme (Tier 1 client): it has no active contacts. The relationship hangs on too few people.",
    );
  });

  it.each(["PAUSED", "CHURNED"] as const)("ignores a %s client", (status) => {
    expect(relationshipRiskSignals([client({ status, activeContactCount: 0 })], TODAY, rules)).toEqual([]);
  });
});

describe("relationship risk: a single contact in 90 days", () => {
  it.each([
    ["all check-ins with the same one contact", [checkIn(5, "c1"), checkIn(40, "c1")], true],
    ["two different contacts", [checkIn(5, "c1"), checkIn(40, "c2")], false],
    ["one check-in with two contacts", [checkIn(5, "c1", "c2")], false],
    ["the second contact exactly 90 days ago (inside)", [checkIn(5, "c1"), checkIn(90, "c2")], false],
    ["the second contact 91 days ago (outside)", [checkIn(5, "c1"), checkIn(91, "c2")], true],
    ["no attendees recorded", [checkIn(5), checkIn(6)], false],
    ["no attendees on one of them", [checkIn(5, "c1"), checkIn(6)], true],
    ["no check-ins at all", [], false],
  ])("%s → signal %s", (_label, checkIns, expected) => {
    const signals = relationshipRiskSignals([client(attendance(checkIns))], TODAY, rules);
    expect(signals.map((s) => s.type)).toEqual(expected ? ["RELATIONSHIP_RISK"] : []);
  });

  it("names both causes in one signal", () => {
    const signals = relationshipRiskSignals(
      [client({ activeContactCount: 1, ...attendance([checkIn(3, "c1"), checkIn(10, "c1")]) })],
      TODAY,
      rules,
    );
    expect(signals).toHaveLength(1);
    expect(signals[0]?.subject).toEqual({ kind: "client", id: "client-1", name: "Acme" });
    expect(signals[0]?.reason).toBe(
      "Acme (Tier 1 client): it has only 1 active contact; and every check-in with attendees in the last 90 days " +
        "involved the same single contact. The relationship hangs on too few people.",
    );
  });
});

describe("stale project", () => {
  const staleAfter = (status: ProjectSnapshot["status"], days: number) =>
    staleProjectSignals([project({ status, lastStatusAt: daysBefore(days) })], TODAY, rules).map((s) => s.type);

  it.each(["ON_TRACK", "OFF_TRACK", "NOT_STARTED", "ON_HOLD"] as const)(
    "a %s project is fresh 14 days after its last status update and stale from 15",
    (status) => {
      expect(staleAfter(status, 14)).toEqual([]);
      expect(staleAfter(status, 15)).toEqual(["STALE_PROJECT"]);
      expect(staleAfter(status, 30)).toEqual(["STALE_PROJECT"]);
    },
  );

  it("a DONE project is never stale", () => {
    expect(staleAfter("DONE", 100)).toEqual([]);
  });

  it("explains with the numbers", () => {
    const p = project({ id: "p", name: "Website rebuild", lastStatusAt: daysBefore(15) });
    const [signal] = staleProjectSignals([p], TODAY, rules);
    expect(signal?.subject).toEqual({ kind: "project", id: "p", name: "Website rebuild" });
    expect(signal?.reason).toBe(
      "Website rebuild (on track) has had no status update for 15 days; projects should be updated at least every 14 days.",
    );
  });
});
