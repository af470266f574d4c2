"use client";

import Link from "next/link";
import { useRef, useState, useTransition, type ChangeEvent } from "react";
import { CountsTable, ErrorTable, SampleTable } from "@/components/import/import-preview";
import { MappingFields } from "@/components/import/mapping-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { labelClass } from "@/components/ui/field";
import { commitImport, previewImport } from "@/lib/actions/import";
import type { ColumnMapping, ImportField } from "@/lib/domain/import/columns";
import type { CommitResult, PreviewResult } from "@/lib/domain/import/mutations";
import { MAX_FILE_BYTES, MAX_ROWS } from "@/lib/domain/import/parse";
import type { DateFormat } from "@/lib/domain/import/values";

type Loaded = { name: string; text: string };

/**
 * Upload → map → preview → import. The browser only reads the file; the server parses and checks it (the same code
 * for the preview and the import), so what the preview shows is what the import does. The import is one transaction:
 * while it runs the bar shows the stage, not a percentage (nothing is half-imported).
 */
export function ImportClient({ slug }: { slug: string }) {
  const [file, setFile] = useState<Loaded | null>(null);
  const [dateFormat, setDateFormat] = useState<DateFormat>("ISO");
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<CommitResult | null>(null);
  const [stage, setStage] = useState<"checking" | "importing" | null>(null);
  const [, startTransition] = useTransition();
  const resultRef = useRef<HTMLDivElement>(null);
  const busy = stage !== null;

  function check(loaded: Loaded, format: DateFormat, mapping: ColumnMapping | null) {
    setStage("checking");
    setMessage(null);
    setDone(null);
    startTransition(async () => {
      const result = await previewImport(slug, {
        text: loaded.text,
        fileName: loaded.name,
        dateFormat: format,
        mapping,
      });
      setStage(null);
      if (result.ok) setPreview(result.data);
      else {
        setPreview(null);
        setMessage(result.message);
      }
      resultRef.current?.focus();
    });
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setPreview(null);
    setDone(null);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setFile(null);
      setMessage(`“${chosen.name}” is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it and import the parts.`);
      return;
    }
    const loaded = { name: chosen.name, text: await chosen.text() };
    setFile(loaded);
    check(loaded, dateFormat, null);
  }

  function remap(field: ImportField, index: number | null) {
    if (!file || !preview) return;
    check(file, dateFormat, { ...preview.mapping, [field]: index });
  }

  function changeDateFormat(format: DateFormat) {
    setDateFormat(format);
    if (file) check(file, format, preview?.mapping ?? null);
  }

  function runImport() {
    if (!file || !preview) return;
    setStage("importing");
    setMessage(null);
    startTransition(async () => {
      const result = await commitImport(slug, {
        text: file.text,
        fileName: file.name,
        dateFormat,
        mapping: preview.mapping,
      });
      setStage(null);
      if (result.ok) {
        setDone(result.data);
        setPreview(null);
      } else {
        setMessage(result.message);
        if (result.current) setPreview(result.current as PreviewResult);
      }
      resultRef.current?.focus();
    });
  }

  const problems = preview?.errorCount ?? 0;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-6">
        <div>
          <label htmlFor="import-file" className={labelClass}>
            CSV file
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            disabled={busy}
            onChange={onFile}
            aria-describedby="import-file-hint"
            className="mt-1 block text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50"
          />
          <p id="import-file-hint" className="mt-1 text-xs text-slate-500">
            UTF-8, comma or semicolon separated, up to {MAX_FILE_BYTES / 1024 / 1024} MB and{" "}
            {MAX_ROWS.toLocaleString("en-US")} rows.
          </p>
        </div>
        <fieldset>
          <legend className={labelClass}>Dates in the file</legend>
          <div className="mt-1 flex gap-4 text-sm">
            {(
              [
                ["ISO", "2026-12-31"],
                ["DMY", "31/12/2026"],
              ] as const
            ).map(([value, example]) => (
              <label key={value} className="flex items-center gap-1.5">
                <input
                  type="radio"
                  name="date-format"
                  value={value}
                  checked={dateFormat === value}
                  disabled={busy}
                  onChange={() => changeDateFormat(value)}
                />
                {example}
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      {busy && (
        <div className="space-y-1" data-testid="import-progress">
          <p className="text-sm text-slate-700" id="import-stage">
            {stage === "checking"
              ? "Reading and checking every row…"
              : `Importing ${preview?.rowCount.toLocaleString("en-US") ?? ""} rows in one transaction…`}
          </p>
          <progress aria-labelledby="import-stage" className="h-2 w-full max-w-md accent-indigo-600" />
        </div>
      )}

      <div ref={resultRef} tabIndex={-1} className="space-y-4 focus:outline-none">
        {message && <Alert>{message}</Alert>}
        {done && (
          <Alert tone="success">
            Imported {done.rowCount.toLocaleString("en-US")} rows.{" "}
            <Link href={`/${slug}/portfolio`} className="font-medium underline">
              See them on the portfolio dashboard
            </Link>
            .
          </Alert>
        )}
        {done && <CountsTable counts={done.counts} caption="What the import changed" />}
        {preview && file && (
          <>
            <p className="text-sm text-slate-700" data-testid="import-summary">
              <span className="font-medium">{file.name}</span>: {preview.rowCount.toLocaleString("en-US")} rows,{" "}
              {preview.delimiter === ";" ? "semicolon" : preview.delimiter === "\t" ? "tab" : "comma"} separated.{" "}
              {problems === 0
                ? "No problems found."
                : `${problems} ${problems === 1 ? "problem" : "problems"} to fix: nothing will be imported until the file is clean.`}
            </p>
            {problems > 0 && <ErrorTable preview={preview} />}
            {problems === 0 && <CountsTable counts={preview.counts} caption="What the import would change" />}
            <div className="flex flex-wrap items-center gap-3">
              <Button onClick={runImport} disabled={busy || problems > 0} pending={stage === "importing"}>
                Import {preview.rowCount.toLocaleString("en-US")} rows
              </Button>
              {problems > 0 && (
                <span className="text-sm text-slate-600">Fix the file, then choose it again above.</span>
              )}
            </div>
          </>
        )}
      </div>

      {preview && (
        <details className="rounded-lg border border-slate-200 bg-white p-3" open={problems > 0 || undefined}>
          <summary className="cursor-pointer text-sm font-medium text-slate-900">Rows as read</summary>
          <div className="mt-3">
            <SampleTable preview={preview} />
          </div>
        </details>
      )}
      {preview && (
        <section aria-labelledby="mapping-heading" className="space-y-3">
          <h3 id="mapping-heading" className="text-sm font-semibold text-slate-900">
            Columns
          </h3>
          <p className="text-sm text-slate-600">
            Matched by header name. Change a column and the file is checked again. Blank cells keep what is already
            stored.
          </p>
          <MappingFields headers={preview.headers} mapping={preview.mapping} disabled={busy} onChange={remap} />
        </section>
      )}
    </div>
  );
}
