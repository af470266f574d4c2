import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import type { MemberContext } from "@/lib/auth/membership";
import { KeyedSlots } from "@/lib/concurrency";
import { loadExistingState } from "./existing";
import { checkFile, planChecked, type CheckedFile, type ImportPreview } from "./pipeline";
import type { PlanCounts } from "./plan";
import type { ImportInput } from "./schemas";
import { writePlan } from "./writer";

/** Errors sent to the browser at most; the count says how many there were in all. */
const ERROR_LIMIT = 1000;

export type PreviewResult = ImportPreview & { errorCount: number };
export type CommitResult = { rowCount: number; counts: PlanCounts };

function limited(preview: ImportPreview): PreviewResult {
  return { ...preview, errors: preview.errors.slice(0, ERROR_LIMIT), errorCount: preview.errors.length };
}

/**
 * Files of one agency read at once by this app instance; the next is refused with a retry message. Reading a 5 MB
 * file takes a few hundred MB-seconds of CPU and memory: one agency must not be able to take a server's share.
 * Commits are also queued per agency on an advisory lock (commitImport), across instances.
 */
export const importSlots = new KeyedSlots(2);

/** Before the transaction (defineAction's `prepare`): parse, map and validate the file, within the agency's bound. */
export async function checkImportFile({ input, member }: { input: ImportInput; member: MemberContext }) {
  const release = importSlots.tryAcquire(member.agencyId);
  if (!release) {
    throw new ActionError("rate_limited", "Another import for this agency is being read. Try again in a moment.");
  }
  try {
    const result = await checkFile(input);
    if (!result.ok) throw new ActionError("invalid", result.message, { text: [result.message] });
    return result.checked;
  } finally {
    release();
  }
}

type ImportContext = ActionContext<ImportInput, CheckedFile>;

/** Reads only: what the file would do, with every problem listed. */
export async function previewImport(ctx: ImportContext): Promise<PreviewResult> {
  const existing = await loadExistingState(ctx.tx, ctx.member.agencyId);
  const result = planChecked(ctx.prepared, existing);
  if (!result.ok) throw new ActionError("invalid", result.message, { text: [result.message] });
  return limited(result.preview);
}

/**
 * All or nothing: the whole file is re-checked inside the transaction that writes it (the agency may have changed
 * since the preview), any problem refuses the whole import with every problem listed, and one audit event records
 * the counts. Imports of one agency queue on an advisory lock, so two leaders importing at once cannot both create
 * the same client; other users' reads and writes are not blocked (no table locks).
 */
export async function commitImport(ctx: ImportContext): Promise<CommitResult> {
  const { tx, member } = ctx;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`import:${member.agencyId}`}, 0))`;
  const existing = await loadExistingState(tx, member.agencyId);
  const result = planChecked(ctx.prepared, existing);
  if (!result.ok) throw new ActionError("invalid", result.message, { text: [result.message] });
  if (result.preview.errors.length > 0) {
    const preview = limited(result.preview);
    throw new ActionError(
      "invalid",
      `Nothing was imported: ${preview.errorCount} ${preview.errorCount === 1 ? "problem" : "problems"} to fix first.`,
      undefined,
      preview,
    );
  }
  await writePlan(tx, member.agencyId, result.plan);
  const counts = result.preview.counts;
  await ctx.audit({
    action: "import.completed",
    entityType: "Import",
    entityId: null,
    after: { fileName: ctx.input.fileName ?? null, rows: result.preview.rowCount, counts },
  });
  return { rowCount: result.preview.rowCount, counts };
}
