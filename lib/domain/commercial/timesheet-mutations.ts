import type { MemberContext } from "@/lib/auth/membership";
import type { TenantTx } from "@/lib/db/tenant";
import { checkWithinSlot, columnImport, dayRange, type ColumnPreview } from "@/lib/domain/import/column-import";
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
  const workDate = dayRange(checked.rows.map((r) => r.workDate));
  const entries = new Map<string, number>();
  if (workDate) {
    const rows = await tx.timesheetEntry.findMany({
      where: { agencyId, workDate },
      select: { accountId: true, workDate: true, person: true, project: true, hours: true },
    });
    for (const r of rows) {
      entries.set(entryKey({ ...r, workDate: r.workDate.toISOString().slice(0, 10) }), Number(r.hours));
    }
  }
  return { ...(await readAgencyAccounts(tx, agencyId)), entries };
}

/**
 * All or nothing, like the clients import (ADR 0004): re-checked inside the writing transaction, queued per agency on
 * an advisory lock, any problem refuses the whole file. One set-based upsert writes every entry.
 */
const timesheetImport = columnImport({
  load: loadExisting,
  plan: planTimesheet,
  auditAction: "timesheets.imported",
  async write({ tx, member: { agencyId } }, { entries: e }) {
    if (e.length === 0) return;
    await tx.$executeRaw`
      INSERT INTO "TimesheetEntry" ("agencyId", "accountId", "workDate", "person", "project", "hours", "source")
      SELECT ${agencyId}::uuid, a, d, p, j, h, 'IMPORT'
      FROM unnest(${e.map((x) => x.accountId)}::uuid[], ${e.map((x) => x.workDate)}::date[],
                  ${e.map((x) => x.person)}::text[], ${e.map((x) => x.project)}::text[],
                  ${e.map((x) => x.hours)}::numeric[]) AS t(a, d, p, j, h)
      ON CONFLICT ("agencyId", "accountId", "workDate", "person", "project")
      DO UPDATE SET "hours" = EXCLUDED."hours", "source" = 'IMPORT'`;
  },
});

export const previewTimesheets = timesheetImport.preview;
export const commitTimesheets = timesheetImport.commit;
