import { describe, expect, it } from "vitest";
import { optionsInPlanOrder, suggestHandover } from "@/lib/domain/people/handover-plan";
import { structuralReview, type ReviewInput } from "@/lib/domain/people/structural-review";

const today = new Date("2026-12-01T00:00:00Z");
const calm: ReviewInput = {
  load: { status: "HEALTHY", weightedLoad: 5, min: 4, max: 8 },
  roles: ["AM"],
  openProjectsAsPm: 0,
  oneOnOne: { state: "ON_TRACK", dueOn: today, daysOverdue: 0, reason: "Next 1:1 due on 2026-12-10." },
  development: { openItems: 2, lastAssessmentOn: new Date("2026-10-01T00:00:00Z") },
  accounts: { total: 5, withoutGrowthPlan: 0 },
  offTrackElsewhere: [],
  reassignments: { incoming: 0, outgoing: 0, days: 90 },
};

describe("structuralReview", () => {
  it("finds nothing structural in a calm setting, and still says what it checked", () => {
    const checks = structuralReview(calm, today);
    expect(checks).toHaveLength(7);
    expect(checks.every((c) => c.finding === "clear")).toBe(true);
  });

  it("puts the causes first: overload, overlap, overdue 1:1, no plan, other people's off-track projects", () => {
    const checks = structuralReview(
      {
        ...calm,
        load: { status: "OVERLOADED", weightedLoad: 11, min: 4, max: 8 },
        roles: ["AM", "PM"],
        openProjectsAsPm: 2,
        oneOnOne: { state: "OVERDUE", dueOn: today, daysOverdue: 9, reason: "1:1 overdue by 9 days." },
        development: { openItems: 0, lastAssessmentOn: null },
        accounts: { total: 11, withoutGrowthPlan: 4 },
        offTrackElsewhere: [{ projectName: "Site", accountName: "Acme", pmName: "Pat" }],
        reassignments: { incoming: 3, outgoing: 0, days: 90 },
      },
      today,
    );
    expect(checks.map((c) => c.finding)).toEqual(Array(7).fill("cause"));
    expect(checks[0]!.text).toBe(
      "Overloaded: weighted load 11 against a guideline of 4–8. Weak results may be the load.",
    );
    expect(checks.find((c) => c.key === "role-overlap")!.text).toBe(
      "Splits time: also holds the pm role and runs 2 open projects as PM.",
    );
    expect(checks.find((c) => c.key === "growth-plans")!.text).toBe(
      "4 of 11 accounts have no active growth plan to steer by.",
    );
  });

  it("orders causes before clear checks", () => {
    const checks = structuralReview({ ...calm, reassignments: { incoming: 2, outgoing: 1, days: 90 } }, today);
    expect(checks[0]!.key).toBe("reassignments");
    expect(checks.slice(1).every((c) => c.finding === "clear")).toBe(true);
  });
});

describe("suggestHandover", () => {
  const account = (id: string, complexity: "LOW" | "STANDARD" | "HIGH" = "STANDARD") => ({
    id,
    name: id,
    clientName: "C",
    amId: "leaver",
    status: "ACTIVE" as const,
    complexity,
    monthlyValue: 1000,
    checkInsLast90Days: 1,
  });

  it("spreads accounts to the colleagues with most room and never over the max", () => {
    const plan = suggestHandover(
      ["a", "b", "c", "d"].map((id) => account(id)),
      [
        { id: "r1", name: "Ruth", weightedLoad: 6 },
        { id: "r2", name: "Sam", weightedLoad: 7 },
      ],
      { max: 8 },
    );
    expect(plan.unplaced).toBe(1);
    const placed = plan.suggestions.filter((s) => s.suggested).map((s) => s.suggested!.amId);
    expect(placed.sort()).toEqual(["r1", "r1", "r2"]);
    expect(plan.suggestions.every((s) => !s.suggested || s.suggested.weightedAfter <= 8)).toBe(true);
  });

  it("leaves an account unplaced when nobody has room, but still lists everyone as options", () => {
    const plan = suggestHandover([account("a", "HIGH")], [{ id: "r1", name: "Ruth", weightedLoad: 8 }], { max: 8 });
    expect(plan.suggestions[0]!.suggested).toBeNull();
    expect(plan.suggestions[0]!.options).toEqual([{ amId: "r1", name: "Ruth", weightedAfter: 9.5, fits: false }]);
  });

  it("rebuilds every account's options from the receivers' loads and the suggestions alone", () => {
    const receivers = [
      { id: "r1", name: "Ruth", weightedLoad: 5 },
      { id: "r2", name: "Sam", weightedLoad: 7 },
      { id: "r3", name: "Ana", weightedLoad: 6 },
    ];
    const plan = suggestHandover(
      [account("a", "HIGH"), account("b"), account("c", "LOW"), account("d"), account("e", "HIGH")],
      receivers,
      { max: 8 },
    );
    const rebuilt = optionsInPlanOrder(
      receivers,
      plan.suggestions.map((s) => ({ weight: s.weight, suggestedAmId: s.suggested?.amId ?? null })),
      8,
    );
    expect(rebuilt).toEqual(plan.suggestions.map((s) => s.options));
    expect(plan.unplaced).toBeGreaterThan(0); // the later accounts see the earlier suggestions' loads
  });
});
