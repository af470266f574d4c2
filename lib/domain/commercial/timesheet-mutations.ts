import type { ActionContext } from "@/lib/actions/define-action";
import type { MemberContext } from "@/lib/auth/membership";
import type { TenantTx } from "@/lib/db/tenant";
import {
  checkWithinSlot,
  columnPreview,
  lockAgencyImports,
  refuseIfProblems,
  type ColumnPreview,
} from "@/lib/domain/import/column-import";
import { readAgencyAccounts } from "./account-match";
import { checkTimesheet, type CheckedTimesheet } from "./timesheet-check";
import { entryKey, planTimesheet, type TimesheetCounts, type TimesheetExisting } from "./timesheet-plan";
import type { TimesheetField, TimesheetInput } from "./timesheet-schemas";

export type TimesheetPreview = ColumnPreview<TimesheetField, TimesheetCounts>;

/** Before the transaction: parse, map and validate, within the agency's share of import slots. */
export async function checkTimesheetFile({ input, member }: { input: TimesheetInput; member: MemberContext }) {
  return checkWithinSlot(member, () => checkTimesheet(input));
}

async function loadExisting(tx: TenantTx, agencyId: string, checked: CheckedTimesheet): Promise<TimesheetExisting> {
  const dates = checked.rows.map((r) => r.workDate).sort();
  const entries = new Map<string, number>();
  if (dates.length > 0) {
    const rows = await tx.timesheetEntry.findMany({
      where: {
        agencyId,
        workDate: { gte: new Date(`${dates[0]}T00:00:00Z`), lte: new Date(`${dates.at(-1)}T00:00:00Z`) },
      },
      select: { accountId: true, workDate: true, person: true, project: true, hours: true },
    });
    for (const r of rows) {
      entries.set(entryKey({ ...r, workDate: r.workDate.toISOString().slice(0, 10) }), Number(r.hours));
    }
  }
  return { ...(await readAgencyAccounts(tx, agencyId)), entries };
}

type Ctx = ActionContext<TimesheetInput, CheckedTimesheet>;

function previewOf(checked: CheckedTimesheet, existing: TimesheetExisting) {
  const plan = planTimesheet(checked.rows, existing);
  return { plan, preview: columnPreview(checked, plan.errors, plan.counts) };
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
  await lockAgencyImports(tx, agencyId);
  const { plan, preview } = previewOf(ctx.prepared, await loadExisting(tx, agencyId, ctx.prepared));
  refuseIfProblems(preview);
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
