import { describe, expect, it } from "vitest";
import {
  assessReadiness,
  latestScores,
  nextLevel,
  type AssessmentForReadiness,
  type LevelForReadiness,
} from "@/lib/domain/people/readiness";

const expectations = (scores: number[]) =>
  (["RELATIONSHIP", "COMMERCIAL", "STRATEGIC", "DELIVERY", "LEADERSHIP"] as const).map((competency, i) => ({
    competency,
    minScore: scores[i]!,
    description: `${competency} at ${scores[i]}`,
  }));

const LADDER: LevelForReadiness[] = [
  { id: "l2", rank: 2, name: "Account Manager", expectations: expectations([3, 2, 2, 3, 1]) },
  { id: "l1", rank: 1, name: "Account Executive", expectations: expectations([2, 1, 1, 2, 1]) },
  { id: "l3", rank: 3, name: "Senior Account Manager", expectations: expectations([4, 3, 3, 4, 2]) },
];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
function a(
  competency: AssessmentForReadiness["competency"],
  source: "SELF" | "MANAGER",
  score: number,
  on = "2026-06-01",
  created = on,
): AssessmentForReadiness {
  return { competency, source, score, assessedOn: day(on), createdAt: new Date(`${created}T12:00:00Z`) };
}

describe("nextLevel", () => {
  it("follows rank, not list order", () => {
    expect(nextLevel(LADDER, "l1")?.id).toBe("l2");
    expect(nextLevel(LADDER, "l2")?.id).toBe("l3");
  });
  it("is the first rung without a level, nothing at the top or for an unknown level", () => {
    expect(nextLevel(LADDER, null)?.id).toBe("l1");
    expect(nextLevel(LADDER, "l3")).toBeNull();
    expect(nextLevel(LADDER, "gone")).toBeNull();
  });
});

describe("latestScores", () => {
  it("takes the newest assessment per competency and source; same day → the later-created", () => {
    const rows = [
      a("RELATIONSHIP", "MANAGER", 2, "2026-01-01"),
      a("RELATIONSHIP", "MANAGER", 4, "2026-05-01"),
      a("RELATIONSHIP", "SELF", 5, "2026-06-01"),
      a("DELIVERY", "MANAGER", 3, "2026-05-01", "2026-05-01"),
      a("DELIVERY", "MANAGER", 2, "2026-05-01", "2026-05-02"),
    ];
    const manager = latestScores(rows, "MANAGER");
    expect(manager.get("RELATIONSHIP")).toBe(4);
    expect(manager.get("DELIVERY")).toBe(2);
    expect(latestScores(rows, "SELF").get("RELATIONSHIP")).toBe(5);
  });
});

describe("assessReadiness", () => {
  const allAt = (score: number, source: "SELF" | "MANAGER" = "MANAGER") =>
    (["RELATIONSHIP", "COMMERCIAL", "STRATEGIC", "DELIVERY", "LEADERSHIP"] as const).map((c) => a(c, source, score));

  it("is ready when the manager's latest scores meet every expectation of the next level (boundary: equal meets)", () => {
    const result = assessReadiness(LADDER, "l1", allAt(3));
    expect(result.next?.name).toBe("Account Manager");
    expect(result.ready).toBe(true);
    expect(result.met).toBe(5);
    expect(result.summary).toBe("Meets all 5 expectations of Account Manager.");
  });

  it("lists met and not met, with the reason in words", () => {
    const rows = [...allAt(3), a("DELIVERY", "MANAGER", 2, "2026-07-01")];
    const result = assessReadiness(LADDER, "l1", rows);
    expect(result.ready).toBe(false);
    expect(result.met).toBe(4);
    const delivery = result.checks.find((c) => c.competency === "DELIVERY")!;
    expect(delivery.state).toBe("NOT_MET");
    expect(delivery.reason).toBe("Delivery: 2 of 5 is below the 3 Account Manager expects.");
  });

  it("does not count the AM's own view: self-only competencies are 'not assessed'", () => {
    const result = assessReadiness(LADDER, "l1", allAt(5, "SELF"));
    expect(result.ready).toBe(false);
    expect(result.met).toBe(0);
    expect(result.checks.every((c) => c.state === "NOT_ASSESSED" && c.selfScore === 5)).toBe(true);
  });

  it("says so at the top of the ladder", () => {
    const result = assessReadiness(LADDER, "l3", allAt(5));
    expect(result.next).toBeNull();
    expect(result.ready).toBe(false);
    expect(result.summary).toBe("Senior Account Manager is the top of the ladder.");
  });

  it("a level with no expectations is never 'ready' by default", () => {
    const ladder = [LADDER[1]!, { id: "x", rank: 2, name: "Empty", expectations: [] }];
    expect(assessReadiness(ladder, "l1", allAt(5)).ready).toBe(false);
  });
});
