"use client";

import { ColumnImport } from "@/components/import/column-import-client";
import { commitTimesheets, previewTimesheets } from "@/lib/actions/commercial";
import { TIMESHEET_LABEL } from "@/lib/domain/commercial/timesheet-check";
import { TIMESHEET_FIELDS } from "@/lib/domain/commercial/timesheet-schemas";

/** Timesheets: one row per person, day, client and project; the same file again changes nothing. */
export function TimesheetImport({ slug }: { slug: string }) {
  return (
    <ColumnImport
      id="timesheet"
      fileLabel="Timesheet CSV"
      fields={TIMESHEET_FIELDS}
      labels={TIMESHEET_LABEL}
      preview={(input) => previewTimesheets(slug, input)}
      commit={(input) => commitTimesheets(slug, input)}
      importLabel="Import timesheets"
      summary={(p) =>
        `${p.rowCount} rows, ${p.counts.hours} hours — ${p.counts.created} new entries, ${p.counts.updated} to change, ${p.counts.unchanged} already imported.`
      }
      outcome={(d) =>
        `Imported ${d.rowCount} rows: ${d.counts.created} new entries, ${d.counts.updated} changed, ${d.counts.unchanged} already there (${d.counts.hours} hours in the file).`
      }
    />
  );
}
