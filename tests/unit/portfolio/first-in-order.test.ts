/**
 * The dashboard picks the top of each long list in one pass (`smallest`, `firstInOrder`) instead of sorting it: the
 * pick must be exactly the first page of the full sort, ties and short lists included.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { firstInOrder, pageInMemory, smallest, type MemoryKey } from "@/lib/pagination/keyset";

type Row = { points: number; name: string; id: number };
const KEYS: MemoryKey<Row>[] = [
  { dir: "desc", value: (r) => r.points },
  { dir: "asc", value: (r) => r.name },
];
const rows = fc.array(
  fc.record({
    points: fc.integer({ min: 0, max: 3 }),
    name: fc.constantFrom("Ada", "ada", "Bo", "Client 9", "Client 10"),
  }),
  { maxLength: 40 },
);

describe("the top of a list without sorting it", () => {
  test("firstInOrder equals pageInMemory's first page, equal keys in their input order", () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 0, max: 12 }), (list, size) => {
        const numbered = list.map((r, id) => ({ ...r, id }));
        expect(firstInOrder(KEYS, numbered, size)).toEqual(pageInMemory(KEYS, numbered, { size }).items);
      }),
    );
  });

  test("smallest equals a stable sort's first items", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 })), fc.integer({ min: 0, max: 8 }), (list, size) => {
        const numbered = list.map((value, id) => ({ value, id }));
        const byValue = (a: { value: number }, b: { value: number }) => a.value - b.value;
        expect(smallest(numbered, size, (x) => x, byValue)).toEqual([...numbered].sort(byValue).slice(0, size));
      }),
    );
  });
});
