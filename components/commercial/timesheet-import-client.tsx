"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass, labelClass } from "@/components/ui/field";
import { HeaderRow } from "@/components/ui/table";
import { TableScroll } from "@/components/ui/empty-state";
import { useActionForm } from "@/components/ui/use-action-form";
import { commitTimesheets, previewTimesheets } from "@/lib/actions/commercial";
import { TIMESHEET_LABEL, type TimesheetMapping } from "@/lib/domain/commercial/timesheet-check";
import type { TimesheetPreview } from "@/lib/domain/commercial/timesheet-mutations";
import { TIMESHEET_FIELDS, type TimesheetField } from "@/lib/domain/commercial/timesheet-schemas";
import { MAX_FILE_BYTES } from "@/lib/domain/import/parse";
import type { DateFormat } from "@/lib/domain/import/values";

type Loaded = { name: string; text: string };

/**
 * Timesheet import: file → columns → preview → import, on the same server-side pipeline as the clients import, so
 * the preview is what the import does. All rows or none; the same file again changes nothing.
 */
export function TimesheetImport({ slug }: { slug: string }) {
  const [file, setFile] = useState<Loaded | null>(null);
  const [dateFormat, setDateFormat] = useState<DateFormat>("ISO");
  const [preview, setPreview] = useState<TimesheetPreview | null>(null);
  const [done, setDone] = useState<TimesheetPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useActionForm<TimesheetPreview>({ refresh: false });
  const resultRef = useRef<HTMLDivElement>(null);

  function check(loaded: Loaded, format: DateFormat, mapping: TimesheetMapping | null) {
    setDone(null);
    form.submit(
      () => previewTimesheets(slug, { text: loaded.text, fileName: loaded.name, dateFormat: format, mapping }),
      (data) => (setPreview(data), resultRef.current?.focus()),
      () => setPreview(null),
    );
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setPreview(null);
    setDone(null);
    setProblem(null);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setProblem(`“${chosen.name}” is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it and import the parts.`);
      return;
    }
    const loaded = { name: chosen.name, text: await chosen.text() };
    setFile(loaded);
    check(loaded, dateFormat, null);
  }

  function remap(field: TimesheetField, value: string) {
    if (!file || !preview) return;
    check(file, dateFormat, { ...preview.mapping, [field]: value === "" ? null : Number(value) });
  }

  function runImport() {
    if (!file || !preview) return;
    form.submit(
      () => commitTimesheets(slug, { text: file.text, fileName: file.name, dateFormat, mapping: preview.mapping }),
      (data) => (setDone(data), setPreview(null), resultRef.current?.focus()),
      (failure) => failure.current && setPreview(failure.current as TimesheetPreview),
    );
  }

  const message = problem ?? form.message;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-6">
        <div>
          <label htmlFor="timesheet-file" className={labelClass}>
            Timesheet CSV
          </label>
          <input
            id="timesheet-file"
            type="file"
            accept=".csv,text/csv"
            disabled={form.pending}
            onChange={onFile}
            className="mt-1 block text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
          />
        </div>
        <div>
          <label htmlFor="timesheet-dates" className={labelClass}>
            Dates in the file
          </label>
          <select
            id="timesheet-dates"
            className={`${inputClass} mt-1`}
            value={dateFormat}
            disabled={form.pending}
            onChange={(e) => {
              const format = e.target.value as DateFormat;
              setDateFormat(format);
              if (file) check(file, format, preview?.mapping ?? null);
            }}
          >
            <option value="ISO">2026-12-31</option>
            <option value="DMY">31/12/2026</option>
          </select>
        </div>
      </div>
      {form.pending && <p className="text-sm text-slate-600">Checking the file…</p>}
      <div ref={resultRef} tabIndex={-1} className="space-y-3 focus:outline-none">
        {message && <Alert>{message}</Alert>}
        {done && (
          <Alert tone="success">
            Imported {done.rowCount} rows: {done.counts.created} new entries, {done.counts.updated} changed,{" "}
            {done.counts.unchanged} already there ({done.counts.hours} hours in the file).
          </Alert>
        )}
        {preview && (
          <div className="space-y-3" data-testid="timesheet-preview">
            <p className="text-sm text-slate-700">
              {file?.name}: {preview.rowCount} rows, {preview.counts.hours} hours — {preview.counts.created} new
              entries, {preview.counts.updated} to change, {preview.counts.unchanged} already imported.
            </p>
            {preview.errorCount > 0 ? (
              <TableScroll label="Problems in the file">
                <table className="w-full text-sm" data-testid="timesheet-errors">
                  <caption className="text-left text-sm font-medium text-rose-700">
                    {preview.errorCount} {preview.errorCount === 1 ? "problem" : "problems"} to fix: nothing is imported
                    until the file is clean.
                  </caption>
                  <HeaderRow cells={["Row", "Column", "Problem"]} />
                  <tbody>
                    {preview.errors.map((e, i) => (
                      <tr key={i} className="border-b border-slate-100">
                        <td className="py-1.5 pr-3 font-mono">{e.row}</td>
                        <td className="px-3 py-1.5">{e.column}</td>
                        <td className="py-1.5 pl-3">{e.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            ) : (
              <Button onClick={runImport} pending={form.pending}>
                Import timesheets
              </Button>
            )}
            <fieldset className="grid gap-3 sm:grid-cols-3">
              <legend className="mb-2 text-sm font-semibold text-slate-900">Columns</legend>
              {TIMESHEET_FIELDS.map((f) => (
                <div key={f}>
                  <label htmlFor={`ts-map-${f}`} className={labelClass}>
                    {TIMESHEET_LABEL[f]}
                  </label>
                  <select
                    id={`ts-map-${f}`}
                    className={`${inputClass} mt-1`}
                    value={preview.mapping[f] ?? ""}
                    disabled={form.pending}
                    onChange={(e) => remap(f, e.target.value)}
                  >
                    <option value="">Not in the file</option>
                    {preview.headers.map((h, i) => (
                      <option key={i} value={i}>
                        {h}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </fieldset>
          </div>
        )}
      </div>
    </div>
  );
}
