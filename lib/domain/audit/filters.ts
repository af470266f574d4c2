import { z } from "zod";

/** Audit-log filters as they arrive in the query string; anything malformed is dropped, not an error. */
export type AuditFilters = {
  action?: string;
  entityType?: string;
  /** A user id, or "system" for events without an actor (seed, background work). */
  actor?: string;
  /** YYYY-MM-DD, inclusive, UTC days. */
  from?: string;
  to?: string;
};

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));
const fields = {
  action: z.string().trim().min(1).max(80),
  entityType: z.string().trim().min(1).max(40),
  actor: z.union([z.literal("system"), z.uuid()]),
  from: day,
  to: day,
} as const;

type Raw = Record<string, string | string[] | undefined>;

export function parseAuditFilters(raw: Raw): AuditFilters {
  const out: AuditFilters = {};
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    const value = raw[key];
    const parsed = fields[key].safeParse(Array.isArray(value) ? value[0] : value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}

export function dayStart(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function dayAfter(value: string): Date {
  return new Date(dayStart(value).getTime() + 86_400_000);
}
