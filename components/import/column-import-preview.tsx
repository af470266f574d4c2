import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import type { ColumnPreview } from "@/lib/domain/import/column-import";
import type { ColumnImportProps } from "./column-import-client";
import { ProblemsTable } from "./problems-table";

type Props<F extends string, C> = Pick<
  ColumnImportProps<F, C>,
  "id" | "fields" | "labels" | "summary" | "importLabel"
> & {
  preview: ColumnPreview<F, C>;
  fileName: string;
  pending: boolean;
  onImport(): void;
  onRemap(field: F, index: number | null): void;
};

/** What the file would do: the problems to fix (nothing imports until there are none) or the button, and the columns. */
export function ColumnImportPreview<F extends string, C>({ id, preview, ...props }: Props<F, C>) {
  return (
    <div className="space-y-3" data-testid={`${id}-preview`}>
      <p className="text-sm text-slate-700">
        {props.fileName}: {props.summary(preview)}
      </p>
      {preview.errorCount > 0 ? (
        <ProblemsTable
          testId={`${id}-errors`}
          caption={
            <caption className="text-left text-sm font-medium text-rose-700">
              {preview.errorCount} {preview.errorCount === 1 ? "problem" : "problems"} to fix: nothing is imported until
              the file is clean.
            </caption>
          }
          problems={preview.errors}
        />
      ) : (
        <Button onClick={props.onImport} pending={props.pending}>
          {props.importLabel}
        </Button>
      )}
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Columns</legend>
        {props.fields.map((f) => (
          <SelectField
            key={f}
            idPrefix={`${id}-map`}
            name={f}
            label={props.labels[f]}
            value={preview.mapping[f] ?? ""}
            disabled={props.pending}
            onChange={(e) => props.onRemap(f, e.target.value === "" ? null : Number(e.target.value))}
            placeholder="Not in the file"
            options={preview.headers.map((h, i) => ({ value: String(i), label: h }))}
          />
        ))}
      </fieldset>
    </div>
  );
}
