import Link from "@/components/ui/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CommitResult, PreviewResult } from "@/lib/domain/import/mutations";
import { CountsTable, ErrorTable, SampleTable } from "./import-preview";
import { ClearedNote, StartDateChoice } from "./preview-choices";

/** While the server reads the file or writes it: the stage, not a percentage (nothing is half-imported). */
export function ImportProgress({ stage, rowCount }: { stage: "checking" | "importing"; rowCount?: number }) {
  return (
    <div className="space-y-1" data-testid="import-progress">
      <p className="text-sm text-slate-700" id="import-stage">
        {stage === "checking"
          ? "Reading and checking every row…"
          : `Importing ${rowCount?.toLocaleString("en-US") ?? ""} rows in one transaction…`}
      </p>
      <progress aria-labelledby="import-stage" className="h-2 w-full max-w-md accent-indigo-600" />
    </div>
  );
}

/** What the import changed, with the way to the dashboard. */
export function ImportDone({ slug, done }: { slug: string; done: CommitResult }) {
  return (
    <>
      <Alert tone="success">
        Imported {done.rowCount.toLocaleString("en-US")} rows.{" "}
        <Link href={`/${slug}/portfolio`} className="font-medium underline">
          See them on the portfolio dashboard
        </Link>
        .
      </Alert>
      <CountsTable counts={done.counts} caption="What the import changed" />
    </>
  );
}

/**
 * The preview: the file in one sentence, the start date for undated new accounts, its problems or what it would
 * change (and empty), and the import button.
 */
export function PreviewSummary({
  fileName,
  preview,
  defaultStartDate,
  onDefaultStartDate,
  busy,
  importing,
  onImport,
}: {
  fileName: string;
  preview: PreviewResult;
  defaultStartDate: string;
  onDefaultStartDate(date: string): void;
  busy: boolean;
  importing: boolean;
  onImport(): void;
}) {
  const problems = preview.errorCount;
  const separator = preview.delimiter === ";" ? "semicolon" : preview.delimiter === "\t" ? "tab" : "comma";
  return (
    <>
      <p className="text-sm text-slate-700" data-testid="import-summary">
        <span className="font-medium">{fileName}</span>: {preview.rowCount.toLocaleString("en-US")} rows, {separator}{" "}
        separated.{" "}
        {problems === 0
          ? "No problems found."
          : `${problems} ${problems === 1 ? "problem" : "problems"} to fix: nothing will be imported until the file is clean.`}
      </p>
      <StartDateChoice preview={preview} value={defaultStartDate} disabled={busy} onChange={onDefaultStartDate} />
      {problems > 0 && <ErrorTable preview={preview} />}
      {problems === 0 && <CountsTable counts={preview.counts} caption="What the import would change" />}
      {problems === 0 && <ClearedNote preview={preview} />}
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={onImport} disabled={busy || problems > 0} pending={importing}>
          Import {preview.rowCount.toLocaleString("en-US")} rows
        </Button>
        {problems > 0 && (
          <span className="text-sm text-slate-600">Fix the file and choose it again, or change a choice above.</span>
        )}
      </div>
    </>
  );
}

/** The rows as the server read them, open when there are problems to find. */
export function RowsAsRead({ preview }: { preview: PreviewResult }) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3" open={preview.errorCount > 0 || undefined}>
      <summary className="cursor-pointer text-sm font-medium text-slate-900">Rows as read</summary>
      <div className="mt-3">
        <SampleTable preview={preview} />
      </div>
    </details>
  );
}
