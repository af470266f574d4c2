import { CLEARABLE_FIELDS, FIELD_LABEL, type ImportField } from "@/lib/domain/import/columns";
import type { PreviewResult } from "@/lib/domain/import/mutations";
import { MappingFields } from "./mapping-fields";
import { ClearMarker } from "./preview-choices";

const clearable = CLEARABLE_FIELDS.map((f) => FIELD_LABEL[f].toLowerCase()).join(", ");

/** How the file's columns were matched, with the two rules for cells: blank keeps, the clear marker empties. */
export function ColumnsSection({
  preview,
  disabled,
  onChange,
}: {
  preview: PreviewResult;
  disabled: boolean;
  onChange(field: ImportField, index: number | null): void;
}) {
  return (
    <section aria-labelledby="mapping-heading" className="space-y-3">
      <h3 id="mapping-heading" className="text-sm font-semibold text-slate-900">
        Columns
      </h3>
      <p className="text-sm text-slate-600" data-testid="import-clear-hint">
        Matched by header name (common spellings too, such as Company, Primary Contact, Monthly Retainer, Fee or MRR).
        Change a column and the file is checked again. Blank cells keep what is already stored; to empty a stored{" "}
        {clearable}, write <ClearMarker /> in the cell.
      </p>
      <MappingFields headers={preview.headers} mapping={preview.mapping} disabled={disabled} onChange={onChange} />
    </section>
  );
}
