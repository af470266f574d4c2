import { inputClass, labelClass } from "@/components/ui/field";
import { FIELD_LABEL, IMPORT_FIELDS, type ColumnMapping, type ImportField } from "@/lib/domain/import/columns";

const GROUPS: { legend: string; fields: ImportField[] }[] = [
  { legend: "Client", fields: IMPORT_FIELDS.filter((f) => f.startsWith("client_")) },
  {
    legend: "Account",
    fields: IMPORT_FIELDS.filter((f) => !f.startsWith("client_") && !f.startsWith("contact_")),
  },
  { legend: "Contact", fields: IMPORT_FIELDS.filter((f) => f.startsWith("contact_")) },
];

/** One select per field, pre-set by header name; changing one re-checks the file with the new mapping. */
export function MappingFields({
  headers,
  mapping,
  disabled,
  onChange,
}: {
  headers: string[];
  mapping: ColumnMapping;
  disabled: boolean;
  onChange(field: ImportField, index: number | null): void;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {GROUPS.map((group) => (
        <fieldset key={group.legend} className="min-w-0 rounded-lg border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold text-slate-900">{group.legend}</legend>
          <div className="space-y-2">
            {group.fields.map((field) => (
              <div key={field}>
                <label htmlFor={`map-${field}`} className={labelClass}>
                  {FIELD_LABEL[field]}
                  {field === "client_name" && <span className="text-rose-700"> (required)</span>}
                </label>
                <select
                  id={`map-${field}`}
                  className={`${inputClass} mt-1`}
                  value={mapping[field] ?? ""}
                  disabled={disabled}
                  onChange={(e) => onChange(field, e.target.value === "" ? null : Number(e.target.value))}
                >
                  <option value="">— not in this file —</option>
                  {headers.map((h, i) => (
                    <option key={i} value={i}>
                      {h || `Column ${i + 1}`}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
