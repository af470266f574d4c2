import { describe, expect, it } from "vitest";
import { whatIfWeWin, type CapacityAm } from "@/lib/domain/portfolio/capacity";
import { MID } from "./fixtures";

const LARGE = { min: 8, max: 10 };
const team: CapacityAm[] = [
  { id: "a", name: "Ana Ruiz", weightedLoad: 6 },
  { id: "b", name: "Ben Ode", weightedLoad: 7.5 },
  { id: "c", name: "Cy Full", weightedLoad: 8 },
  { id: "d", name: "Dee Over", weightedLoad: 9.5 },
];

describe("whatIfWeWin: can the team absorb them? (mid-size, max 8)", () => {
  it.each([
    ["2 STANDARD", 2, "STANDARD", true, [["a", 2]], 0],
    ["3 STANDARD (Ben's 0.5 is too small)", 3, "STANDARD", false, [["a", 2]], 1],
    [
      "5 LOW (fills Ben's 0.5 too)",
      5,
      "LOW",
      true,
      [
        ["a", 4],
        ["b", 1],
      ],
      0,
    ],
    ["1 HIGH", 1, "HIGH", true, [["a", 1]], 0],
    ["2 HIGH (only one fits in 2 of room)", 2, "HIGH", false, [["a", 1]], 1],
  ] as const)("%s", (_label, count, complexity, fits, placed, unplaced) => {
    const result = whatIfWeWin({ count, tier: "TIER_2", complexity }, team, MID);
    expect(result.fits).toBe(fits);
    expect(result.placements.map((p) => [p.amId, p.accounts])).toEqual(placed);
    expect(result.unplaced).toBe(unplaced);
    for (const p of result.placements) expect(p.weightedLoadAfter).toBeLessThanOrEqual(MID.max);
  });

  it("counts headroom only where there is some (an overloaded AM does not offset it)", () => {
    expect(whatIfWeWin({ count: 1, tier: "TIER_1" }, team, MID).teamHeadroom).toBe(2.5);
  });

  it.each([
    ["the most headroom first", 7, 5, 2, [["z", 2, 5, 7]]],
    ["ties by name", 6, 6, 1, [["y", 1, 6, 7]]],
    [
      "spreading evenly",
      6,
      6,
      3,
      [
        ["y", 2, 6, 8],
        ["z", 1, 6, 7],
      ],
    ],
  ] as const)("places new accounts %s", (_label, yanLoad, zedLoad, count, expected) => {
    const pair: CapacityAm[] = [
      { id: "z", name: "Zed", weightedLoad: zedLoad },
      { id: "y", name: "Yan", weightedLoad: yanLoad },
    ];
    const result = whatIfWeWin({ count, tier: "TIER_3" }, pair, MID);
    expect(result.placements.map((p) => [p.amId, p.accounts, p.weightedLoadBefore, p.weightedLoadAfter])).toEqual(
      expected,
    );
  });

  it("defaults to STANDARD complexity", () => {
    const result = whatIfWeWin({ count: 2, tier: "TIER_1" }, team, MID);
    expect(result.complexity).toBe("STANDARD");
    expect(result.additionalWeightedLoad).toBe(2);
  });
});

describe("whatIfWeWin: how many to hire", () => {
  it.each([
    // [guideline, complexity, accounts nobody can take, accounts per hire, hires]
    [MID, "STANDARD", 8, 8, 1],
    [MID, "STANDARD", 9, 8, 2],
    [MID, "STANDARD", 16, 8, 2],
    [MID, "STANDARD", 17, 8, 3],
    [MID, "HIGH", 5, 5, 1], // floor(8 / 1.5) = 5
    [MID, "HIGH", 6, 5, 2],
    [MID, "LOW", 16, 16, 1],
    [MID, "LOW", 17, 16, 2],
    [LARGE, "HIGH", 13, 6, 3], // ceil(13 × 1.5 / 10) would say 2, but accounts cannot be split
    [{ min: 1, max: 1 }, "HIGH", 2, 1, 2], // a single account always needs an owner
  ] as const)("%o, %s × %i → %i per hire, %i hires", (guideline, complexity, count, perHire, hires) => {
    const result = whatIfWeWin({ count, tier: "TIER_2", complexity }, [], guideline);
    expect(result.fits).toBe(false);
    expect(result.unplaced).toBe(count);
    expect(result.accountsPerNewHire).toBe(perHire);
    expect(result.hiresNeeded).toBe(hires);
  });

  it("counts only what the team cannot absorb", () => {
    const result = whatIfWeWin({ count: 10, tier: "TIER_2" }, team, MID); // Ana takes 2, 8 left → 1 hire
    expect([result.unplaced, result.hiresNeeded]).toEqual([8, 1]);
  });
});

describe("whatIfWeWin: plain-language answer", () => {
  it.each([
    [
      2,
      "Yes. The team can take 2 more Tier 1 accounts (standard) without anyone going over the guideline (6–8): Ana Ruiz +2.",
    ],
    [
      10,
      "No. 10 more Tier 1 accounts (standard) would push the team over the guideline (6–8). The team can absorb 2 " +
        "(Ana Ruiz +2); the other 8 need 1 more account manager (a new account manager can carry up to 8 of them).",
    ],
    [0, "Nothing to place: the team stays as it is."],
  ])("%i accounts", (count, answer) => {
    expect(whatIfWeWin({ count, tier: "TIER_1" }, team, MID).answer).toBe(answer);
  });

  it("says when only one is left over", () => {
    expect(whatIfWeWin({ count: 3, tier: "TIER_1" }, team, MID).answer).toContain(
      "The team can absorb 2 (Ana Ruiz +2); the last one needs 1 more account manager",
    );
  });

  it("says so when nobody has room", () => {
    const answer = whatIfWeWin({ count: 1, tier: "TIER_3", complexity: "HIGH" }, [], MID).answer;
    expect(answer).toBe(
      "No. 1 more Tier 3 account (high-complexity) would push the team over the guideline (6–8). The team has no " +
        "room for it, which needs 1 more account manager (a new account manager can carry up to 5 of them).",
    );
  });

  it.each([-1, 1.5, Number.NaN, 10_001])("rejects a count of %s", (count) => {
    expect(() => whatIfWeWin({ count, tier: "TIER_1" }, team, MID)).toThrow(RangeError);
  });
});
