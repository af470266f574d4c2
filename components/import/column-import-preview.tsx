import { Button } from "@/components/ui/button";
import { TableScroll } from "@/components/ui/empty-state";
import { inputClass, labelClass } from "@/components/ui/field";
import { HeaderRow } from "@/components/ui/table";
import type { ColumnPreview } from "@/lib/domain/import/column-import";
import type { ColumnImportProps } from "./column-import-client";

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
        <TableScroll label="Problems in the file">
          <table className="w-full text-sm" data-testid={`${id}-errors`}>
            <caption className="text-left text-sm font-medium text-rose-700">
              {preview.errorCount} {preview.errorCount === 1 ? "problem" : "problems"} to fix: nothing is imported until
              the file is clean.
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
        <Button onClick={props.onImport} pending={props.pending}>
          {props.importLabel}
        </Button>
      )}
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Columns</legend>
        {props.fields.map((f) => (
          <div key={f}>
            <label htmlFor={`${id}-map-${f}`} className={labelClass}>
              {props.labels[f]}
            </label>
            <select
              id={`${id}-map-${f}`}
              className={`${inputClass} mt-1`}
              value={preview.mapping[f] ?? ""}
              disabled={props.pending}
              onChange={(e) => props.onRemap(f, e.target.value === "" ? null : Number(e.target.value))}
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
  );
}
