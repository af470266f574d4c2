"use client";

import { useRef, useState, type ChangeEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { inputClass, labelClass } from "@/components/ui/field";
import { HydratedControl } from "@/components/ui/hydrated-control";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import type { FieldMapping } from "@/lib/domain/import/column-file";
import type { ColumnPreview } from "@/lib/domain/import/column-import";
import { MAX_FILE_BYTES } from "@/lib/domain/import/parse";
import type { DateFormat } from "@/lib/domain/import/values";
import { ColumnImportPreview } from "./column-import-preview";

type Loaded = { name: string; text: string };
type Input<F extends string> = {
  text: string;
  fileName: string;
  dateFormat: DateFormat;
  mapping: FieldMapping<F> | null;
};

export type ColumnImportProps<F extends string, C> = {
  /** Prefix of the element ids and test ids ("timesheet" → #timesheet-file, data-testid="timesheet-preview"). */
  id: string;
  fileLabel: string;
  fields: readonly F[];
  labels: Record<F, string>;
  preview(input: Input<F>): Promise<ActionResult<ColumnPreview<F, C>>>;
  commit(input: Input<F>): Promise<ActionResult<ColumnPreview<F, C>>>;
  /** What the file would do, and what it did. */
  summary(preview: ColumnPreview<F, C>): ReactNode;
  outcome(done: ColumnPreview<F, C>): ReactNode;
  importLabel: string;
};

/**
 * A one-table CSV import (timesheets, scope requests): file → columns → preview → import, on the server-side pipeline
 * of lib/domain/import/column-import.ts, so the preview is what the import does. All rows or none.
 */
export function ColumnImport<F extends string, C>(props: ColumnImportProps<F, C>) {
  const { id } = props;
  const [file, setFile] = useState<Loaded | null>(null);
  const [dateFormat, setDateFormat] = useState<DateFormat>("ISO");
  const [preview, setPreview] = useState<ColumnPreview<F, C> | null>(null);
  const [done, setDone] = useState<ColumnPreview<F, C> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useActionForm<ColumnPreview<F, C>>({ refresh: false });
  const resultRef = useRef<HTMLDivElement>(null);
  const inputOf = (loaded: Loaded, format: DateFormat, mapping: FieldMapping<F> | null) => ({
    text: loaded.text,
    fileName: loaded.name,
    dateFormat: format,
    mapping,
  });

  function check(loaded: Loaded, format: DateFormat, mapping: FieldMapping<F> | null) {
    setDone(null);
    form.submit(
      () => props.preview(inputOf(loaded, format, mapping)),
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

  function runImport() {
    if (!file || !preview) return;
    form.submit(
      () => props.commit(inputOf(file, dateFormat, preview.mapping)),
      (data) => (setDone(data), setPreview(null), resultRef.current?.focus()),
      (failure) => failure.current && setPreview(failure.current as ColumnPreview<F, C>),
    );
  }

  const message = problem ?? form.message;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-6">
        <div>
          <label htmlFor={`${id}-file`} className={labelClass}>
            {props.fileLabel}
          </label>
          <HydratedControl
            as="input"
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            disabled={form.pending}
            onChange={onFile}
            className="mt-1 block max-w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
          />
        </div>
        <div>
          <label htmlFor={`${id}-dates`} className={labelClass}>
            Dates in the file
          </label>
          <HydratedControl
            as="select"
            id={`${id}-dates`}
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
          </HydratedControl>
        </div>
      </div>
      {form.pending && <p className="text-sm text-slate-600">Checking the file…</p>}
      <div ref={resultRef} tabIndex={-1} className="space-y-3 focus:outline-none">
        {message && <Alert>{message}</Alert>}
        {done && <Alert tone="success">{props.outcome(done)}</Alert>}
        {preview && (
          <ColumnImportPreview
            {...props}
            preview={preview}
            fileName={file?.name ?? ""}
            pending={form.pending}
            onImport={runImport}
            onRemap={(field, index) => file && check(file, dateFormat, { ...preview.mapping, [field]: index })}
          />
        )}
      </div>
    </div>
  );
}
