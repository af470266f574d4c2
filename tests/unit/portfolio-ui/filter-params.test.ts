import { describe, expect, it } from "vitest";
import { compact, filtersToSearch, sameFilters, validFilters } from "@/components/portfolio/filter-params";
import { parseFilterParams, parseFilterRecord } from "@/components/portfolio/filter-params-schema";

const AM_ID = "0455442a-4bc5-4be2-9b5e-1d35bbd082e3";

describe("dashboard filter parameters", () => {
  it("reads tier, am and status into DashboardFilters and ignores other parameters", () => {
    const result = parseFilterParams(new URLSearchParams(`tier=TIER_1&am=${AM_ID}&status=OVERLOADED&utm=x`));
    expect(result).toEqual({ ok: true, filters: { tier: "TIER_1", amId: AM_ID, amStatus: "OVERLOADED" } });
  });

  it("treats missing and empty values as no filter", () => {
    expect(parseFilterParams(new URLSearchParams(""))).toEqual({ ok: true, filters: {} });
    expect(parseFilterParams(new URLSearchParams("tier=&am=&status="))).toEqual({ ok: true, filters: {} });
  });

  it("refuses an unknown tier, status or a malformed AM id with a message per field", () => {
    const result = parseFilterParams(new URLSearchParams("tier=TIER_9&status=BUSY&am=42"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["am", "status", "tier"]);
    expect(result.message).toMatch(/Unknown tier/);
    expect(result.message).toMatch(/Unknown AM status/);
  });

  it("refuses values that differ only in case (the enums are exact)", () => {
    expect(parseFilterParams(new URLSearchParams("tier=tier_1")).ok).toBe(false);
  });

  it("takes the first value of a repeated key from Next's searchParams record", () => {
    expect(parseFilterRecord({ tier: ["TIER_2", "TIER_3"], other: "1" })).toEqual({
      ok: true,
      filters: { tier: "TIER_2" },
    });
  });

  it("writes filters back in a stable order, so the URL and the query key do not depend on click order", () => {
    expect(filtersToSearch({ amStatus: "UNDER", tier: "TIER_3" })).toBe("tier=TIER_3&status=UNDER");
    expect(filtersToSearch({})).toBe("");
    expect(compact({ tier: undefined, amId: "", amStatus: "HEALTHY" })).toEqual({ amStatus: "HEALTHY" });
    expect(sameFilters({ tier: "TIER_1", amId: undefined }, { tier: "TIER_1" })).toBe(true);
  });

  it("round-trips through the URL", () => {
    const filters = { tier: "TIER_2", amId: AM_ID, amStatus: "AT_CAPACITY" } as const;
    expect(parseFilterParams(new URLSearchParams(filtersToSearch(filters)))).toEqual({ ok: true, filters });
  });

  it("validFilters keeps the valid values of a URL and drops the rest (the export link's filters)", () => {
    const params = new URLSearchParams(`tier=TIER_9&am=${AM_ID}&status=OVERLOADED&x=1`);
    expect(validFilters(params)).toEqual({ amId: AM_ID, amStatus: "OVERLOADED" });
    expect(validFilters(new URLSearchParams("am=not-a-uuid&tier=TIER_1"))).toEqual({ tier: "TIER_1" });
  });
});
