import { z } from "zod";

/** GET parameters of /api/agencies/<slug>/export/<kind>, one schema per kind; an empty value means "no filter". */
const blank = (value: unknown) => (value === "" || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

const q = optional(z.string().trim().max(160, "Keep the search under 160 characters."));
const amId = optional(z.uuid({ error: "Unknown account manager id." }));
const tier = optional(z.enum(["TIER_1", "TIER_2", "TIER_3"], { error: "Unknown tier: use TIER_1, TIER_2 or TIER_3." }));
const day = optional(z.iso.date({ error: "Enter dates as YYYY-MM-DD." }));

export const EXPORT_FILTERS = {
  clients: z.object({
    q,
    tier,
    status: optional(z.enum(["ACTIVE", "PAUSED", "CHURNED"], { error: "Unknown client status." })),
    amId,
  }),
  accounts: z.object({
    q,
    tier,
    status: optional(z.enum(["ACTIVE", "AT_RISK", "PAUSED", "CHURNED"], { error: "Unknown account status." })),
    amId,
  }),
  "check-ins": z.object({
    accountId: optional(z.uuid({ error: "Unknown account id." })),
    amId,
    from: day,
    to: day,
  }),
  projects: z.object({
    // `?mine` (present, even empty) as on the projects page: the signed-in member's own projects.
    mine: z.preprocess((v) => (v === null || v === undefined ? undefined : true), z.literal(true).optional()),
    status: optional(
      z.enum(["NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "ON_HOLD", "DONE"], {
        error: "Unknown project status.",
      }),
    ),
  }),
  "am-load": z.object({
    tier,
    am: amId,
    status: optional(z.enum(["OVERLOADED", "AT_CAPACITY", "HEALTHY", "UNDER"], { error: "Unknown AM status." })),
  }),
  // Commercial health (issue 16).
  hours: z.object({ accountId: optional(z.uuid({ error: "Unknown account id." })), from: day, to: day }),
  "scope-requests": z.object({ accountId: optional(z.uuid({ error: "Unknown account id." })) }),
  "value-history": z.object({ accountId: optional(z.uuid({ error: "Unknown account id." })), amId }),
} as const;

export type ExportKind = keyof typeof EXPORT_FILTERS;
export const EXPORT_KINDS = Object.keys(EXPORT_FILTERS) as ExportKind[];
export type ExportFilters<K extends ExportKind> = z.infer<(typeof EXPORT_FILTERS)[K]>;

export function isExportKind(value: string): value is ExportKind {
  return Object.hasOwn(EXPORT_FILTERS, value);
}

export type FilterParse<K extends ExportKind> =
  { ok: true; filters: ExportFilters<K> } | { ok: false; message: string; fieldErrors: Record<string, string[]> };

/** Only the kind's own parameters are read; a repeated key uses its first value. */
export function parseExportFilters<K extends ExportKind>(kind: K, params: URLSearchParams): FilterParse<K> {
  const schema = EXPORT_FILTERS[kind];
  const raw = Object.fromEntries(Object.keys(schema.shape).map((key) => [key, params.get(key)]));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, filters: parsed.data as ExportFilters<K> };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
  return { ok: false, message: Object.values(fieldErrors).flat().join(" "), fieldErrors };
}
