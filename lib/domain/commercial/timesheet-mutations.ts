import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import type { MemberContext } from "@/lib/auth/membership";
import type { TenantTx } from "@/lib/db/tenant";
import { importSlots } from "@/lib/domain/import/mutations";
import type { RowError } from "@/lib/domain/import/validate";
import { checkTimesheet, type CheckedTimesheet, type TimesheetMapping } from "./timesheet-check";
import { entryKey, planTimesheet, type TimesheetCounts, type TimesheetExisting } from "./timesheet-plan";
import type { TimesheetInput } from "./timesheet-schemas";

const ERROR_LIMIT = 1000;

export type TimesheetPreview = {
  headers: string[];
  mapping: TimesheetMapping;
  rowCount: number;
  errors: RowError[];
  errorCount: number;
  counts: TimesheetCounts;
};

/** Before the transaction: parse, map and validate, within the agency's share of import slots. */
export async function checkTimesheetFile({ input, member }: { input: TimesheetInput; member: MemberContext }) {
  const release = importSlots.tryAcquire(member.agencyId);
  if (!release) {
    throw new ActionError("rate_limited", "Another import for this agency is being read. Try again in a moment.");
  }
  try {
    const result = checkTimesheet(input);
    if (!result.ok) throw new ActionError("invalid", result.message, { text: [result.message] });
    return result.checked;
  } finally {
    release();
  }
}

async function loadExisting(tx: TenantTx, agencyId: string, checked: CheckedTimesheet): Promise<TimesheetExisting> {
  const clients = await tx.client.findMany({ where: { agencyId }, select: { id: true, name: true, archivedAt: true } });
  const accounts = await tx.account.findMany({
    where: { agencyId },
    select: { id: true, clientId: true, name: true, archivedAt: true },
  });
  const dates = checked.rows.map((r) => r.workDate).sort();
  const entries = new Map<string, number>();
  if (dates.length > 0) {
    const rows = await tx.timesheetEntry.findMany({
      where: {
        agencyId,
        source: "IMPORT",
        workDate: { gte: new Date(`${dates[0]}T00:00:00Z`), lte: new Date(`${dates.at(-1)}T00:00:00Z`) },
      },
      select: { accountId: true, workDate: true, person: true, project: true, hours: true },
    });
    for (const r of rows) {
      entries.set(entryKey({ ...r, workDate: r.workDate.toISOString().slice(0, 10) }), Number(r.hours));
    }
  }
  return {
    clients: clients.map((c) => ({ id: c.id, name: c.name, archived: c.archivedAt !== null })),
    accounts: accounts.map((a) => ({ id: a.id, clientId: a.clientId, name: a.name, archived: a.archivedAt !== null })),
    entries,
  };
}

type Ctx = ActionContext<TimesheetInput, CheckedTimesheet>;

function previewOf(checked: CheckedTimesheet, existing: TimesheetExisting) {
  const plan = planTimesheet(checked.rows, existing);
  const errors = [...checked.rowErrors, ...plan.errors].sort((a, b) => a.row - b.row);
  const preview: TimesheetPreview = {
    headers: checked.file.headers,
    mapping: checked.mapping,
    rowCount: checked.file.rows.length,
    errors: errors.slice(0, ERROR_LIMIT),
    errorCount: errors.length,
    counts: plan.counts,
  };
  return { plan, preview };
}

export async function previewTimesheets(ctx: Ctx): Promise<TimesheetPreview> {
  return previewOf(ctx.prepared, await loadExisting(ctx.tx, ctx.member.agencyId, ctx.prepared)).preview;
}

/**
 * All or nothing, like the clients import (ADR 0004): re-checked inside the writing transaction, queued per agency on
 * an advisory lock, any problem refuses the whole file. One set-based upsert writes every entry.
 */
export async function commitTimesheets(ctx: Ctx): Promise<TimesheetPreview> {
  const { tx, member } = ctx;
  const { agencyId } = member;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`import:${agencyId}`}, 0))`;
  const { plan, preview } = previewOf(ctx.prepared, await loadExisting(tx, agencyId, ctx.prepared));
  if (preview.errorCount > 0) {
    throw new ActionError(
      "invalid",
      `Nothing was imported: ${preview.errorCount} ${preview.errorCount === 1 ? "problem" : "problems"} to fix first.`,
      undefined,
      preview,
    );
  }
  if (plan.entries.length > 0) {
    const e = plan.entries;
    await tx.$executeRaw`
      INSERT INTO "TimesheetEntry" ("agencyId", "accountId", "workDate", "person", "project", "hours", "source")
      SELECT ${agencyId}::uuid, a, d, p, j, h, 'IMPORT'
      FROM unnest(${e.map((x) => x.accountId)}::uuid[], ${e.map((x) => x.workDate)}::date[],
                  ${e.map((x) => x.person)}::text[], ${e.map((x) => x.project)}::text[],
                  ${e.map((x) => x.hours)}::numeric[]) AS t(a, d, p, j, h)
      ON CONFLICT ("agencyId", "accountId", "workDate", "person", "project")
      DO UPDATE SET "hours" = EXCLUDED."hours", "source" = 'IMPORT'`;
  }
  await ctx.audit({
    action: "timesheets.imported",
    entityType: "Import",
    entityId: null,
    after: { fileName: ctx.input.fileName ?? null, rows: preview.rowCount, counts: preview.counts },
  });
  return preview;
}
