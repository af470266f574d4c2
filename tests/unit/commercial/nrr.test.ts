import { describe, expect, it } from "vitest";
import { growthByAm, type ValueEvent } from "@/lib/domain/commercial/nrr";

const start = new Date("2026-01-01T00:00:00Z");
const end = new Date("2026-12-31T00:00:00Z");
/** A step of an account's value: the day, the kind, the new value and, from a move on, the AM who holds it. */
type Step = [date: string, kind: ValueEvent["kind"], value: number, newAm?: string];

/**
 * One account's value events, held by `amId` until a step names another AM; each value before is the previous
 * step's (0 before the first).
 */
function history(accountId: string, amId: string, ...steps: Step[]): ValueEvent[] {
  let holder = amId;
  return steps.map(([date, kind, toValue, newAm], i) => {
    holder = newAm ?? holder;
    const fromValue = i === 0 ? 0 : steps[i - 1]![2];
    return { accountId, amId: holder, at: new Date(`${date}T12:00:00Z`), kind, fromValue, toValue };
  });
}
/** Each AM's growth over the 2026 window, from the accounts' histories. */
const growthOf = (...accounts: ValueEvent[][]) => growthByAm(accounts.flat(), start, end);

describe("net revenue retention per AM", () => {
  it("expanded and retained accounts: NRR above 100 %, expansion counted", () => {
    const g = growthOf(history("a", "ann", ["2025-05-01", "CREATED", 1000], ["2026-06-01", "CHANGED", 1500]));
    expect(g.get("ann")).toMatchObject({ startingValue: 1000, retainedValue: 1500, expansion: 500, won: 0, lost: 0 });
    expect(g.get("ann")!.nrr).toBe(1.5);
  });

  it("a lost account counts its whole base as lost; contraction counts the drop", () => {
    const g = growthOf(
      history("a", "ann", ["2025-05-01", "CREATED", 1000], ["2026-03-01", "LOST", 0]),
      history("b", "ann", ["2025-05-01", "CREATED", 1000], ["2026-03-01", "CHANGED", 800]),
    );
    expect(g.get("ann")).toMatchObject({ startingValue: 2000, retainedValue: 800, lost: 1000, contraction: 200 });
    expect(g.get("ann")!.nrr).toBe(0.4);
    expect(g.get("ann")!.netChange).toBe(-1200);
  });

  it("an account won inside the window is new business, not retention", () => {
    const g = growthOf(history("a", "ann", ["2026-04-01", "CREATED", 2000]));
    expect(g.get("ann")).toMatchObject({ startingValue: 0, won: 2000, netChange: 2000 });
    expect(g.get("ann")!.nrr).toBeNull();
  });

  it("a move splits the account: each AM answers for the changes made while they held it", () => {
    const g = growthOf(
      history(
        "a",
        "ann",
        ["2025-05-01", "CREATED", 1000],
        ["2026-02-01", "CHANGED", 800],
        ["2026-05-01", "MOVED", 800, "bob"],
        ["2026-09-01", "CHANGED", 1200],
      ),
    );
    expect(g.get("ann")).toMatchObject({ startingValue: 1000, retainedValue: 800, contraction: 200 });
    expect(g.get("bob")).toMatchObject({ startingValue: 800, retainedValue: 1200, expansion: 400 });
    expect(g.get("bob")!.nrr).toBe(1.5);
  });

  it("a value change written with the move counts for the receiver", () => {
    const g = growthOf(history("a", "ann", ["2025-05-01", "CREATED", 1000], ["2026-05-01", "CHANGED", 1300, "bob"]));
    expect(g.get("ann")).toMatchObject({ startingValue: 1000, retainedValue: 1000, expansion: 0 });
    expect(g.get("bob")).toMatchObject({ startingValue: 1000, retainedValue: 1300, expansion: 300 });
  });

  it("changes after the window end are ignored; history before the start sets the base", () => {
    const g = growthOf(
      history("a", "ann", ["2024-01-01", "CREATED", 500], ["2025-06-01", "CHANGED", 900], ["2027-02-01", "CHANGED", 0]),
    );
    expect(g.get("ann")).toMatchObject({ startingValue: 900, retainedValue: 900 });
    expect(g.get("ann")!.nrr).toBe(1);
  });
});
