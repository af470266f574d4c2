/**
 * The dashboard filters as they travel in a URL (`?tier=TIER_1&am=<membershipId>&status=OVERLOADED`). Parsing with
 * zod (for the page and the API route) lives in filter-params-schema.ts, so the browser does not download zod for
 * the dashboard; the helpers here are plain TypeScript.
 */
import { isUuid } from "@/lib/uuid";
import type { DashboardFilters } from "@/lib/domain/portfolio/dashboard";

export const TIERS = ["TIER_1", "TIER_2", "TIER_3"] as const;
export const AM_STATUSES = ["OVERLOADED", "AT_CAPACITY", "HEALTHY", "UNDER"] as const;

/** The valid filters of a URL, silently leaving out unknown or invalid values (for links such as the export's). */
export function validFilters(params: URLSearchParams): DashboardFilters {
  const tier = params.get("tier");
  const am = params.get("am");
  const status = params.get("status");
  return compact({
    tier: TIERS.find((t) => t === tier),
    amId: am && isUuid(am) ? am : undefined,
    amStatus: AM_STATUSES.find((s) => s === status),
  });
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
