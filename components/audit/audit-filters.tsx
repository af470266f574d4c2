import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button-class";
import { inputClass, labelClass } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import type { AuditFilters } from "@/lib/domain/audit/filters";
import type { AuditFilterOptions } from "@/lib/domain/audit/queries";

/** A plain GET form: filters live in the URL, so a filtered view can be bookmarked and shared. */
export function AuditFiltersForm({
  filters,
  options,
  resetHref,
}: {
  filters: AuditFilters;
  options: AuditFilterOptions;
  resetHref: string;
}) {
  const select = (name: keyof AuditFilters, label: string, values: { value: string; label: string }[], any: string) => (
    <SelectField
      idPrefix="audit"
      name={name}
      label={label}
      options={values}
      placeholder={any}
      defaultValue={filters[name] ?? ""}
    />
  );
  // The range is of UTC days, as the log stores them; the label says so.
  const day = (name: "from" | "to", label: string) => (
    <div>
      <label htmlFor={`audit-${name}`} className={labelClass}>
        {label} <span className="font-normal text-slate-500">(UTC)</span>
      </label>
      <input
        id={`audit-${name}`}
        type="date"
        name={name}
        defaultValue={filters[name]}
        className={`${inputClass} mt-1`}
      />
    </div>
  );
  return (
    <form
      method="get"
      aria-label="Filter audit events"
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto]"
    >
      {select(
        "action",
        "Action",
        options.actions.map((a) => ({ value: a, label: a })),
        "Any action",
      )}
      {select(
        "entityType",
        "Entity type",
        options.entityTypes.map((t) => ({ value: t, label: t })),
        "Any type",
      )}
      {select(
        "actor",
        "Actor",
        [...options.actors.map((a) => ({ value: a.id, label: a.name })), { value: "system", label: "System" }],
        "Anyone",
      )}
      {day("from", "From")}
      {day("to", "To")}
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClass("primary")}>
          Filter
        </button>
        <Link href={resetHref} className={buttonClass("ghost")}>
          Reset
        </Link>
      </div>
    </form>
  );
}
