/**
 * The server half shared by the small one-table imports (timesheets, scope requests): the file is read before the
 * transaction within the agency's import slots, the plan is made again inside the writing transaction under the
 * agency's import lock, and any problem refuses the whole file (ADR 0004: all or nothing).
 */
import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import type { MemberContext } from "@/lib/auth/membership";
import type { TenantTx } from "@/lib/db/tenant";
import type { CheckedColumns, FieldMapping } from "./column-file";
import { importSlots } from "./mutations";
import type { RowError } from "./validate";

/** Errors sent to the browser at most; errorCount says how many there were in all. */
const ERROR_LIMIT = 1000;

export type ColumnPreview<F extends string, C> = {
  headers: string[];
  mapping: FieldMapping<F>;
  rowCount: number;
  errors: RowError[];
  errorCount: number;
  counts: C;
};

/** defineAction's `prepare`: parse, map and validate within the agency's share of import slots. */
export function checkWithinSlot<T>(
  member: MemberContext,
  check: () => { ok: false; message: string } | { ok: true; checked: T },
): T {
  const release = importSlots.tryAcquire(member.agencyId);
  if (!release) {
    throw new ActionError("rate_limited", "Another import for this agency is being read. Try again in a moment.");
  }
  try {
    const result = check();
    if (!result.ok) throw new ActionError("invalid", result.message, { text: [result.message] });
    return result.checked;
  } finally {
    release();
  }
}

export function columnPreview<F extends string, R, C>(
  checked: CheckedColumns<F, R>,
  planErrors: readonly RowError[],
  counts: C,
): ColumnPreview<F, C> {
  const errors = [...checked.rowErrors, ...planErrors].sort((a, b) => a.row - b.row);
  return {
    headers: checked.file.headers,
    mapping: checked.mapping,
    rowCount: checked.file.rows.length,
    errors: errors.slice(0, ERROR_LIMIT),
    errorCount: errors.length,
    counts,
  };
}

/** Commits of one agency's imports queue here, across app instances (the clients import takes the same lock). */
export async function lockAgencyImports(tx: TenantTx, agencyId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`import:${agencyId}`}, 0))`;
}

/** A file with any problem imports nothing; the preview travels with the refusal so the page can list them. */
export function refuseIfProblems(preview: ColumnPreview<string, unknown>): void {
  if (preview.errorCount === 0) return;
  const problems = `${preview.errorCount} ${preview.errorCount === 1 ? "problem" : "problems"}`;
  throw new ActionError("invalid", `Nothing was imported: ${problems} to fix first.`, undefined, preview);
}

/** The stored rows a file can touch lie between its first and last day: the range to read them in (null: no rows). */
export function dayRange(days: readonly string[]): { gte: Date; lte: Date } | null {
  if (days.length === 0) return null;
  const sorted = [...days].sort();
  return { gte: new Date(`${sorted[0]}T00:00:00Z`), lte: new Date(`${sorted.at(-1)}T00:00:00Z`) };
}

type ImportCtx<F extends string, R> = ActionContext<{ fileName?: string | null }, CheckedColumns<F, R>>;

/** What one small import knows: the rows it compares with, how it plans, how it writes, how its audit is named. */
type ColumnImportSteps<F extends string, R, E, P extends { errors: RowError[]; counts: unknown }> = {
  load(tx: TenantTx, agencyId: string, checked: CheckedColumns<F, R>): Promise<E>;
  plan(rows: CheckedColumns<F, R>["rows"], existing: E): P;
  write(ctx: ImportCtx<F, R>, plan: P): Promise<void>;
  /** The audit action of a committed file, e.g. "timesheets.imported". */
  auditAction: string;
};

/** The preview and commit actions of a small import, both planned from what is stored now. */
export function columnImport<F extends string, R, E, P extends { errors: RowError[]; counts: unknown }>(
  steps: ColumnImportSteps<F, R, E, P>,
) {
  async function planned({ tx, member, prepared }: ImportCtx<F, R>) {
    const plan = steps.plan(prepared.rows, await steps.load(tx, member.agencyId, prepared));
    return { plan, preview: columnPreview(prepared, plan.errors, plan.counts as P["counts"]) };
  }
  return {
    preview: async (ctx: ImportCtx<F, R>) => (await planned(ctx)).preview,
    commit: async (ctx: ImportCtx<F, R>) => {
      await lockAgencyImports(ctx.tx, ctx.member.agencyId);
      const { plan, preview } = await planned(ctx);
      refuseIfProblems(preview);
      await steps.write(ctx, plan);
      await ctx.audit({
        action: steps.auditAction,
        entityType: "Import",
        entityId: null,
        after: { fileName: ctx.input.fileName ?? null, rows: preview.rowCount, counts: preview.counts },
      });
      return preview;
    },
  };
}
