import { describe, expect, it } from "vitest";
import {
  amStatus,
  assessBook,
  COMPLEXITY_WEIGHT,
  headroom,
  loadOf,
  type LoadAccount,
} from "@/lib/domain/portfolio/load";
import type { AccountStatus, Complexity } from "@/lib/domain/portfolio/types";
import { MID, SMALL } from "./fixtures";

const standard = (n: number): LoadAccount[] =>
  Array.from({ length: n }, () => ({ status: "ACTIVE", complexity: "STANDARD" }));

describe("complexity weights", () => {
  it.each([
    ["LOW", 0.5],
    ["STANDARD", 1],
    ["HIGH", 1.5],
  ] as const)("%s weighs %d", (complexity, weight) => {
    expect(COMPLEXITY_WEIGHT[complexity]).toBe(weight);
    expect(loadOf([{ status: "ACTIVE", complexity }])).toEqual({ load: 1, weightedLoad: weight });
  });
});

describe("loadOf", () => {
  it.each([
    ["ACTIVE", 1],
    ["AT_RISK", 1],
    ["PAUSED", 0],
    ["CHURNED", 0],
  ] as const)("a %s account counts %i toward load", (status: AccountStatus, expected) => {
    expect(loadOf([{ status, complexity: "HIGH" }]).load).toBe(expected);
  });

  it("counts accounts and sums weights separately", () => {
    const book: { status: AccountStatus; complexity: Complexity }[] = [
      { status: "ACTIVE", complexity: "LOW" },
      { status: "AT_RISK", complexity: "HIGH" },
      { status: "ACTIVE", complexity: "HIGH" },
      { status: "PAUSED", complexity: "HIGH" },
    ];
    expect(loadOf(book)).toEqual({ load: 3, weightedLoad: 3.5 });
  });
});

describe("amStatus at every boundary (mid-size 6–8)", () => {
  it.each([
    [0, "UNDER"],
    [5, "UNDER"], // min − 1
    [5.5, "UNDER"],
    [6, "HEALTHY"], // min
    [7, "HEALTHY"], // max − 1
    [7.5, "HEALTHY"],
    [8, "AT_CAPACITY"], // max
    [8.5, "OVERLOADED"],
    [9, "OVERLOADED"], // max + 1
  ] as const)("weighted load %d → %s", (weightedLoad, status) => {
    expect(amStatus(weightedLoad, MID)).toBe(status);
  });

  it("an empty book is UNDER even when an override sets min to 0", () => {
    expect(amStatus(0, { min: 0, max: 5 })).toBe("UNDER");
    expect(amStatus(0.5, { min: 0, max: 5 })).toBe("HEALTHY");
  });

  it("min = max: exactly at it is AT_CAPACITY", () => {
    expect(amStatus(5, { min: 5, max: 5 })).toBe("AT_CAPACITY");
  });
});

describe("acceptance examples (small agency, all STANDARD)", () => {
  it.each([
    [7, "OVERLOADED", -1],
    [6, "AT_CAPACITY", 0],
    [4, "HEALTHY", 2],
    [3, "UNDER", 3],
    [0, "UNDER", 6],
  ] as const)("%i accounts → %s, headroom %i", (count, status, room) => {
    expect(assessBook(standard(count), SMALL)).toEqual({ load: count, weightedLoad: count, status, headroom: room });
  });
});

describe("status uses the weighted load, not the count", () => {
  it.each([
    ["5 HIGH accounts (7.5) in a small agency", "HIGH", 5, "OVERLOADED"],
    ["4 HIGH accounts (6) in a small agency", "HIGH", 4, "AT_CAPACITY"],
    ["7 LOW accounts (3.5) in a small agency", "LOW", 7, "UNDER"],
    ["8 LOW accounts (4) in a small agency", "LOW", 8, "HEALTHY"],
  ] as const)("%s", (_label, complexity, count, status) => {
    const book = Array.from({ length: count }, () => ({ status: "ACTIVE" as const, complexity }));
    expect(assessBook(book, SMALL).status).toBe(status);
  });

  it("headroom is max − weighted load", () => {
    expect(headroom(6.5, MID)).toBe(1.5);
    expect(headroom(9.5, MID)).toBe(-1.5);
  });
});
