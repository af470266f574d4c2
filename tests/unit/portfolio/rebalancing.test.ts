import { describe, expect, it } from "vitest";
import { compareHandoverOrder, suggestRebalancing, type RebalanceAccount } from "@/lib/domain/portfolio/rebalancing";
import { assessBook } from "@/lib/domain/portfolio/load";
import { account, accounts, am, MID } from "./fixtures";

const team = [am("giver", "Gina Giver"), am("a", "Ana Ruiz"), am("b", "Ben Ode")];

describe("handover order (lowest-touch first)", () => {
  const base = account({ id: "base", name: "M", complexity: "STANDARD", checkInsLast90Days: 3, monthlyValue: 5000 });
  it.each([
    ["ACTIVE before AT_RISK, even when more complex", { complexity: "HIGH" }, { status: "AT_RISK", complexity: "LOW" }],
    ["lower complexity first", { complexity: "LOW" }, {}],
    ["fewer recent check-ins first", { checkInsLast90Days: 1 }, {}],
    ["lower monthly value first", { monthlyValue: 1000 }, {}],
    ["then by name", { name: "A" }, {}],
    ["then by id", { id: "a-id" }, { id: "b-id" }],
  ] as const)("%s", (_label, first, second) => {
    const x: RebalanceAccount = { ...base, ...first };
    const y: RebalanceAccount = { ...base, ...second };
    expect(compareHandoverOrder(x, y)).toBeLessThan(0);
    expect(compareHandoverOrder(y, x)).toBeGreaterThan(0);
  });
});

describe("suggestRebalancing (mid-size, max 8)", () => {
  it("moves accounts until the giver is at max, to the AM with most headroom, with previews of both books", () => {
    const book = [...accounts(10, { amId: "giver" }), ...accounts(5, { amId: "a" }), ...accounts(7, { amId: "b" })];
    const [plan] = suggestRebalancing(team, book, MID);
    expect(plan?.resolved).toBe(true);
    expect(plan?.moves.map((m) => m.to.amId)).toEqual(["a", "a"]);
    const first = plan?.moves[0];
    expect(first?.from.before).toEqual({ load: 10, weightedLoad: 10, status: "OVERLOADED", headroom: -2 });
    expect(first?.from.after).toEqual({ load: 9, weightedLoad: 9, status: "OVERLOADED", headroom: -1 });
    expect(first?.to.before).toEqual({ load: 5, weightedLoad: 5, status: "UNDER", headroom: 3 });
    expect(first?.to.after).toEqual({ load: 6, weightedLoad: 6, status: "HEALTHY", headroom: 2 });
    expect(plan?.giver.before.weightedLoad).toBe(10);
    expect(plan?.giver.after).toEqual({ load: 8, weightedLoad: 8, status: "AT_CAPACITY", headroom: 0 });
    expect(plan?.receivers).toEqual([
      {
        amId: "a",
        amName: "Ana Ruiz",
        before: first?.to.before,
        after: { load: 7, weightedLoad: 7, status: "HEALTHY", headroom: 1 },
      },
    ]);
    expect(plan?.explanation).toBe(
      "Hand 2 accounts from Gina Giver to Ana Ruiz: Gina Giver goes from 10 to 8 weighted accounts, within the guideline (max 8).",
    );
  });

  it("hands over the lowest-touch accounts first", () => {
    const book = [
      account({ id: "high", amId: "giver", complexity: "HIGH" }),
      account({ id: "busy", amId: "giver", complexity: "LOW", checkInsLast90Days: 9 }),
      account({ id: "quiet", amId: "giver", complexity: "LOW", checkInsLast90Days: 1 }),
      ...accounts(7, { amId: "giver" }),
      ...accounts(2, { amId: "a" }),
    ];
    // 1.5 + 0.5 + 0.5 + 7 = 9.5: quiet (→ 9), busy (→ 8.5), then a STANDARD (→ 7.5); the HIGH one stays.
    const [plan] = suggestRebalancing(team, book, MID);
    expect(plan?.moves.slice(0, 2).map((m) => m.accountId)).toEqual(["quiet", "busy"]);
    expect(plan?.moves.map((m) => m.accountId)).not.toContain("high");
    expect(plan?.giver.after.weightedLoad).toBe(7.5);
  });

  it("skips an account nobody can take and hands over one that fits", () => {
    const book = [
      account({ id: "big", amId: "giver", complexity: "HIGH" }),
      account({ id: "shaky", amId: "giver", complexity: "LOW", status: "AT_RISK" }),
      ...accounts(7, { amId: "giver" }),
      ...accounts(15, { amId: "a", complexity: "LOW" }), // 7.5: room for 0.5 only
    ];
    const [plan] = suggestRebalancing([am("giver"), am("a")], book, MID);
    expect(plan?.moves.map((m) => m.accountId)).toEqual(["shaky"]);
    expect(plan?.resolved).toBe(false); // 9 → 8.5: still over, and a is now full
  });

  it.each([
    ["only HIGH accounts and 1 of room", ["HIGH"], [7], 0],
    ["STANDARD accounts and 0.5 of room", ["STANDARD"], [7.5], 0],
    ["everyone else at capacity", ["LOW"], [8], 0],
    ["mixed accounts, receivers at 7 and 7.5", ["LOW", "LOW", "STANDARD", "HIGH"], [7, 7.5], 2],
    ["mixed accounts, receivers at 6.5 and 5", ["HIGH", "HIGH", "STANDARD", "LOW"], [6.5, 5], 4],
  ] as const)("never pushes a receiver over max: %s", (_label, extra, receiverLoads, expectedMoves) => {
    const receivers = receiverLoads.map((_, i) => am(`r${i}`, `Receiver ${i}`));
    const book = [
      ...accounts(6, { amId: "giver", complexity: "HIGH" }), // 9 on its own
      ...extra.map((complexity) => account({ amId: "giver", complexity })),
      ...receiverLoads.flatMap((load, i) => accounts(load * 2, { amId: `r${i}`, complexity: "LOW" })),
    ];
    const [plan] = suggestRebalancing([am("giver"), ...receivers], book, MID);
    expect(plan?.moves).toHaveLength(expectedMoves);
    for (const move of plan?.moves ?? []) expect(move.to.after.weightedLoad).toBeLessThanOrEqual(MID.max);
    for (const receiver of plan?.receivers ?? []) expect(receiver.after.weightedLoad).toBeLessThanOrEqual(MID.max);
    expect(plan?.resolved).toBe(false);
    if (expectedMoves === 0) expect(plan?.explanation).toMatch(/nobody else has room/);
  });

  it("plans share the room: the most overloaded AM goes first and the next sees what is left", () => {
    const ams = [am("g1", "Gail"), am("g2", "Glen"), am("a", "Ana Ruiz")];
    const book = [...accounts(9, { amId: "g1" }), ...accounts(10, { amId: "g2" }), ...accounts(6, { amId: "a" })];
    const plans = suggestRebalancing(ams, book, MID);
    expect(plans.map((p) => [p.giver.amId, p.moves.length, p.resolved])).toEqual([
      ["g2", 2, true],
      ["g1", 0, false],
    ]);
    // The input is not mutated: Ana's accounts are still hers alone.
    expect(
      assessBook(
        book.filter((x) => x.amId === "a"),
        MID,
      ).weightedLoad,
    ).toBe(6);
  });

  it("only plans for the requested givers, and only if they are overloaded", () => {
    const ams = [am("g1"), am("g2"), am("a")];
    const book = [...accounts(9, { amId: "g1" }), ...accounts(9, { amId: "g2" }), ...accounts(8, { amId: "a" })];
    expect(suggestRebalancing(ams, book, MID, { giverIds: ["g2", "a"] }).map((p) => p.giver.amId)).toEqual(["g2"]);
  });

  it("ignores paused accounts and AMs outside the team", () => {
    const book = [
      ...accounts(8, { amId: "giver" }),
      ...accounts(3, { amId: "giver", status: "PAUSED" }),
      ...accounts(2, { amId: "stranger" }),
    ];
    expect(suggestRebalancing(team, book, MID)).toEqual([]);
  });

  it("is deterministic whatever the input order; equal headroom goes to the receiver first by name", () => {
    const book = [...accounts(9, { amId: "giver" }), ...accounts(4, { amId: "b" }), ...accounts(4, { amId: "a" })];
    const forward = suggestRebalancing(team, book, MID);
    const backward = suggestRebalancing([...team].reverse(), [...book].reverse(), MID);
    expect(backward).toEqual(forward);
    expect(forward[0]?.moves.map((m) => m.to.amName)).toEqual(["Ana Ruiz"]);
  });
});
