/**
 * The dashboard filters as they travel in a URL (`?tier=TIER_1&am=<membershipId>&status=OVERLOADED`), parsed with
 * one zod schema by the API route, the server page and the client. An empty value means "no filter".
 * (It would sit well in lib/domain/portfolio/schemas.ts; it lives here because this slice may not edit lib/.)
 */
import { z } from "zod";
import type { DashboardFilters } from "@/lib/domain/portfolio/dashboard";

export const TIERS = ["TIER_1", "TIER_2", "TIER_3"] as const;
export const AM_STATUSES = ["OVERLOADED", "AT_CAPACITY", "HEALTHY", "UNDER"] as const;

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const filterParamsSchema = z.object({
  tier: z.preprocess(
    blankToUndefined,
    z.enum(TIERS, { error: "Unknown tier: use TIER_1, TIER_2 or TIER_3." }).optional(),
  ),
  am: z.preprocess(blankToUndefined, z.uuid({ error: "Unknown account manager id." }).optional()),
  status: z.preprocess(
    blankToUndefined,
    z.enum(AM_STATUSES, { error: "Unknown AM status: use OVERLOADED, AT_CAPACITY, HEALTHY or UNDER." }).optional(),
  ),
});

export type FilterParseResult =
  { ok: true; filters: DashboardFilters } | { ok: false; message: string; fieldErrors: Record<string, string[]> };

/** Reads tier / am / status from URL search params; other parameters are ignored. */
export function parseFilterParams(params: URLSearchParams): FilterParseResult {
  const parsed = filterParamsSchema.safeParse({
    tier: params.get("tier"),
    am: params.get("am"),
    status: params.get("status"),
  });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    return { ok: false, message: Object.values(fieldErrors).flat().join(" "), fieldErrors };
  }
  const { tier, am, status } = parsed.data;
  return { ok: true, filters: compact({ tier, amId: am, amStatus: status }) };
}

/** The same, for Next's `searchParams` object (a repeated key uses its first value). */
export function parseFilterRecord(record: Record<string, string | string[] | undefined>): FilterParseResult {
  const params = new URLSearchParams();
  for (const key of ["tier", "am", "status"]) {
    const value = record[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return parseFilterParams(params);
}

/** "tier=TIER_1&status=OVERLOADED", or "" without filters. Always the same key order, so URLs are stable. */
export function filtersToSearch(filters: DashboardFilters): string {
  const params = new URLSearchParams();
  if (filters.tier) params.set("tier", filters.tier);
  if (filters.amId) params.set("am", filters.amId);
  if (filters.amStatus) params.set("status", filters.amStatus);
  return params.toString();
}

/** Drops unset keys, so `{}` and `{ tier: undefined }` make the same query key. */
export function compact(filters: DashboardFilters): DashboardFilters {
  const result: DashboardFilters = {};
  if (filters.tier) result.tier = filters.tier;
  if (filters.amId) result.amId = filters.amId;
  if (filters.amStatus) result.amStatus = filters.amStatus;
  return result;
}

export function sameFilters(a: DashboardFilters, b: DashboardFilters): boolean {
  return filtersToSearch(a) === filtersToSearch(b);
}

export function hasFilters(filters: DashboardFilters): boolean {
  return filtersToSearch(filters) !== "";
}
