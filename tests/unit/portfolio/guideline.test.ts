import { describe, expect, it } from "vitest";
import {
  ACCOUNTS_PER_AM_BY_SIZE,
  ACCOUNTS_PER_AM_SOURCE,
  describeGuideline,
  guidelineFor,
  sizeBand,
} from "@/lib/domain/portfolio/guideline";
import { bandEdges } from "./fixtures";

const noOverride = { guidelineMinOverride: null, guidelineMaxOverride: null };

describe("sizeBand", () => {
  it.each(bandEdges({ small: [1, 9], "mid-size": [10, 100], large: [101, 5000] }))(
    "%i employees → %s",
    (employeeCount, band) => {
      expect(sizeBand(employeeCount)).toBe(band);
    },
  );

  it.each([0, -3, 9.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects %s employees with a RangeError", (count) => {
    expect(() => sizeBand(count)).toThrow(RangeError);
  });
});

describe("guidelineFor", () => {
  it.each([
    [9, 4, 6],
    [10, 6, 8],
    [100, 6, 8],
    [101, 8, 10],
  ])("%i employees → %i–%i from the size band", (employeeCount, min, max) => {
    expect(guidelineFor({ employeeCount, ...noOverride })).toEqual({
      band: sizeBand(employeeCount),
      min,
      max,
      source: "size-band",
    });
  });

  it.each([
    ["both sides", 3, 5, 3, 5],
    ["min only (max from the band)", 7, null, 7, 8],
    ["max only (min from the band)", null, 7, 6, 7],
    ["a single-value range", 5, 5, 5, 5],
  ] as const)("honours an override of %s", (_label, minOverride, maxOverride, min, max) => {
    const guideline = guidelineFor({
      employeeCount: 50,
      guidelineMinOverride: minOverride,
      guidelineMaxOverride: maxOverride,
    });
    expect(guideline).toEqual({ band: "mid-size", min, max, source: "override" });
  });

  it.each([
    ["min above max", 9, 7],
    ["min above the band max", 9, null],
    ["negative min", -1, 5],
    ["zero max", 0, 0],
    ["fractional", 4.5, 6],
  ] as const)("rejects an override with %s", (_label, minOverride, maxOverride) => {
    expect(() =>
      guidelineFor({ employeeCount: 50, guidelineMinOverride: minOverride, guidelineMaxOverride: maxOverride }),
    ).toThrow(RangeError);
  });

  it("rejects a bad employee count even when overridden", () => {
    expect(() => guidelineFor({ employeeCount: 0, guidelineMinOverride: 3, guidelineMaxOverride: 5 })).toThrow(
      RangeError,
    );
  });
});

describe("the guideline table is data with its source", () => {
  it("covers every employee count from 1 upward without gaps or overlaps", () => {
    const rows = ACCOUNTS_PER_AM_BY_SIZE;
    expect(rows[0]?.minEmployees).toBe(1);
    for (let i = 1; i < rows.length; i += 1) {
      expect(rows[i]?.minEmployees).toBe((rows[i - 1]?.maxEmployees ?? Number.NaN) + 1);
    }
    expect(rows.at(-1)?.maxEmployees).toBeNull();
  });

  it("names the seed document and its citations", () => {
    expect(ACCOUNTS_PER_AM_SOURCE.document).toBe("Mistake #1: Overloading Account Managers");
    expect(ACCOUNTS_PER_AM_SOURCE.citations.join(" ")).toMatch(/HubSpot.*SoDA.*Promethean/);
  });

  it.each([
    [{ band: "mid-size", min: 6, max: 8, source: "size-band" }, "the guideline for a mid-size agency is 6–8"],
    [{ band: "small", min: 3, max: 5, source: "override" }, "the agency's own guideline is 3–5"],
  ] as const)("describes %o", (guideline, text) => {
    expect(describeGuideline(guideline)).toBe(text);
  });
});
