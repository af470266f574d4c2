"use client";

import { useRef } from "react";
import { ColumnsSection } from "@/components/import/columns-section";
import { FilePicker } from "@/components/import/file-picker";
import { ImportDone, ImportProgress, PreviewSummary, RowsAsRead } from "@/components/import/import-outcome";
import { useImportFlow } from "@/components/import/use-import-flow";
import { Alert } from "@/components/ui/alert";

/**
 * Upload → map → preview → import, top to bottom: the file and how to read it, the stage while the server works, the
 * outcome (problems, or what the import would change and the button), the rows as read, and the column mapping.
 * The import is one transaction.
 */
export function ImportClient({ slug }: { slug: string }) {
  const resultRef = useRef<HTMLDivElement>(null);
  const flow = useImportFlow(slug, { onSettled: () => resultRef.current?.focus() });
  const { preview, file, busy } = flow;
  return (
    <div className="space-y-6">
      <FilePicker
        dateFormat={flow.choices.dateFormat}
        disabled={busy}
        onFile={flow.chooseFile}
        onDateFormat={(dateFormat) => flow.choose({ dateFormat })}
      />
      {flow.stage && <ImportProgress stage={flow.stage} rowCount={preview?.rowCount} />}
      <div ref={resultRef} tabIndex={-1} className="space-y-4 focus:outline-none">
        {flow.message && <Alert>{flow.message}</Alert>}
        {flow.done && <ImportDone slug={slug} done={flow.done} />}
        {preview && file && (
          <PreviewSummary
            fileName={file.name}
            preview={preview}
            defaultStartDate={flow.choices.defaultStartDate}
            onDefaultStartDate={(defaultStartDate) => flow.choose({ defaultStartDate })}
            busy={busy}
            importing={flow.stage === "importing"}
            onImport={flow.runImport}
          />
        )}
      </div>
      {preview && <RowsAsRead preview={preview} />}
      {preview && <ColumnsSection preview={preview} disabled={busy} onChange={flow.remap} />}
    </div>
  );
}
