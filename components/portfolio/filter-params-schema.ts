/**
 * Parsing the dashboard filters from a URL with one zod schema, for the server page and the API route (the browser
 * uses the plain helpers in filter-params.ts). An empty value means "no filter".
 */
import { z } from "zod";
import type { DashboardFilters } from "@/lib/domain/portfolio/dashboard";
import { AM_STATUSES, TIERS, compact } from "./filter-params";

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
