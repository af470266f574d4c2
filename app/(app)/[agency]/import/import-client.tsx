"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { FilePicker } from "@/components/import/file-picker";
import { ImportDone, ImportProgress, PreviewSummary, RowsAsRead } from "@/components/import/import-outcome";
import { MappingFields } from "@/components/import/mapping-fields";
import { Alert } from "@/components/ui/alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { commitImport, previewImport } from "@/lib/actions/import";
import type { ColumnMapping, ImportField } from "@/lib/domain/import/columns";
import type { CommitResult, PreviewResult } from "@/lib/domain/import/mutations";
import { MAX_FILE_BYTES } from "@/lib/domain/import/parse";
import type { DateFormat } from "@/lib/domain/import/values";

type Loaded = { name: string; text: string };

/**
 * Upload → map → preview → import. The browser only reads the file; the server parses and checks it (the same code
 * for the preview and the import), so what the preview shows is what the import does. The import is one transaction.
 */
export function ImportClient({ slug }: { slug: string }) {
  const [file, setFile] = useState<Loaded | null>(null);
  const [dateFormat, setDateFormat] = useState<DateFormat>("ISO");
  const [defaultStartDate, setDefaultStartDate] = useState("");
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [done, setDone] = useState<CommitResult | null>(null);
  const [stage, setStage] = useState<"checking" | "importing" | null>(null);
  // The page shows only what the actions return: nothing to refresh.
  const form = useActionForm({ refresh: false });
  const resultRef = useRef<HTMLDivElement>(null);
  const busy = stage !== null;
  const message = tooLarge ?? form.message;

  /** Both steps end the same way: the stage clears and focus moves to the outcome for screen readers. */
  function settle() {
    setStage(null);
    resultRef.current?.focus();
  }

  function check(loaded: Loaded, format: DateFormat, mapping: ColumnMapping | null, startDate = defaultStartDate) {
    setStage("checking");
    setTooLarge(null);
    setDone(null);
    form.submit(
      () =>
        previewImport(slug, {
          text: loaded.text,
          fileName: loaded.name,
          dateFormat: format,
          mapping,
          defaultStartDate: startDate || null,
        }),
      (data) => (setPreview(data), settle()),
      () => (setPreview(null), settle()),
    );
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setPreview(null);
    setDone(null);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setFile(null);
      setTooLarge(`“${chosen.name}” is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it and import the parts.`);
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

  function changeDefaultStartDate(date: string) {
    setDefaultStartDate(date);
    if (file) check(file, dateFormat, preview?.mapping ?? null, date);
  }

  function runImport() {
    if (!file || !preview) return;
    setStage("importing");
    setTooLarge(null);
    form.submit(
      () =>
        commitImport(slug, {
          text: file.text,
          fileName: file.name,
          dateFormat,
          mapping: preview.mapping,
          defaultStartDate: defaultStartDate || null,
        }),
      (data) => (setDone(data), setPreview(null), settle()),
      (failure) => {
        // A file that changed meaning since the preview comes back with the new preview.
        if (failure.current) setPreview(failure.current as PreviewResult);
        settle();
      },
    );
  }

  return (
    <div className="space-y-6">
      <FilePicker
        dateFormat={dateFormat}
        defaultStartDate={defaultStartDate}
        disabled={busy}
        onFile={onFile}
        onDateFormat={changeDateFormat}
        onDefaultStartDate={changeDefaultStartDate}
      />
      {stage && <ImportProgress stage={stage} rowCount={preview?.rowCount} />}
      <div ref={resultRef} tabIndex={-1} className="space-y-4 focus:outline-none">
        {message && <Alert>{message}</Alert>}
        {done && <ImportDone slug={slug} done={done} />}
        {preview && file && (
          <PreviewSummary
            fileName={file.name}
            preview={preview}
            busy={busy}
            importing={stage === "importing"}
            onImport={runImport}
          />
        )}
      </div>
      {preview && <RowsAsRead preview={preview} />}
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
