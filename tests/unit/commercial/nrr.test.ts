import { describe, expect, it } from "vitest";
import { growthByAm, type ValueEvent } from "@/lib/domain/commercial/nrr";

const start = new Date("2026-01-01T00:00:00Z");
const end = new Date("2026-12-31T00:00:00Z");
const at = (d: string) => new Date(`${d}T12:00:00Z`);
const ev = (accountId: string, amId: string, date: string, kind: ValueEvent["kind"], from: number, to: number) => ({
  accountId,
  amId,
  at: at(date),
  kind,
  fromValue: from,
  toValue: to,
});

describe("net revenue retention per AM", () => {
  it("expanded and retained accounts: NRR above 100 %, expansion counted", () => {
    const g = growthByAm(
      [ev("a", "ann", "2025-05-01", "CREATED", 0, 1000), ev("a", "ann", "2026-06-01", "CHANGED", 1000, 1500)],
      start,
      end,
    ).get("ann")!;
    expect(g).toMatchObject({ startingValue: 1000, retainedValue: 1500, expansion: 500, won: 0, lost: 0 });
    expect(g.nrr).toBe(1.5);
  });

  it("a lost account counts its whole base as lost; contraction counts the drop", () => {
    const g = growthByAm(
      [
        ev("a", "ann", "2025-05-01", "CREATED", 0, 1000),
        ev("a", "ann", "2026-03-01", "LOST", 1000, 0),
        ev("b", "ann", "2025-05-01", "CREATED", 0, 1000),
        ev("b", "ann", "2026-03-01", "CHANGED", 1000, 800),
      ],
      start,
      end,
    ).get("ann")!;
    expect(g).toMatchObject({ startingValue: 2000, retainedValue: 800, lost: 1000, contraction: 200 });
    expect(g.nrr).toBe(0.4);
    expect(g.netChange).toBe(-1200);
  });

  it("an account won inside the window is new business, not retention", () => {
    const g = growthByAm([ev("a", "ann", "2026-04-01", "CREATED", 0, 2000)], start, end).get("ann")!;
    expect(g).toMatchObject({ startingValue: 0, won: 2000, netChange: 2000 });
    expect(g.nrr).toBeNull();
  });

  it("a move splits the account: each AM answers for the changes made while they held it", () => {
    const growth = growthByAm(
      [
        ev("a", "ann", "2025-05-01", "CREATED", 0, 1000),
        ev("a", "ann", "2026-02-01", "CHANGED", 1000, 800),
        ev("a", "bob", "2026-05-01", "MOVED", 800, 800),
        ev("a", "bob", "2026-09-01", "CHANGED", 800, 1200),
      ],
      start,
      end,
    );
    expect(growth.get("ann")).toMatchObject({ startingValue: 1000, retainedValue: 800, contraction: 200 });
    expect(growth.get("bob")).toMatchObject({ startingValue: 800, retainedValue: 1200, expansion: 400 });
    expect(growth.get("bob")!.nrr).toBe(1.5);
  });

  it("a value change written with the move counts for the receiver", () => {
    const growth = growthByAm(
      [ev("a", "ann", "2025-05-01", "CREATED", 0, 1000), ev("a", "bob", "2026-05-01", "CHANGED", 1000, 1300)],
      start,
      end,
    );
    expect(growth.get("ann")).toMatchObject({ startingValue: 1000, retainedValue: 1000, expansion: 0 });
    expect(growth.get("bob")).toMatchObject({ startingValue: 1000, retainedValue: 1300, expansion: 300 });
  });

  it("changes after the window end are ignored; history before the start sets the base", () => {
    const g = growthByAm(
      [
        ev("a", "ann", "2024-01-01", "CREATED", 0, 500),
        ev("a", "ann", "2025-06-01", "CHANGED", 500, 900),
        ev("a", "ann", "2027-02-01", "CHANGED", 900, 0),
      ],
      start,
      end,
    ).get("ann")!;
    expect(g).toMatchObject({ startingValue: 900, retainedValue: 900 });
    expect(g.nrr).toBe(1);
  });
});
