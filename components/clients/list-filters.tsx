import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button-class";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";

type Select = {
  name: string;
  label: string;
  placeholder: string;
  options: readonly { value: string; label: string }[];
};

/**
 * A plain GET form: search and filters live in the URL, the server does the filtering, and it works without
 * JavaScript. `hidden` carries parameters the form does not show (e.g. the AM's "All accounts" tab).
 */
export function ListFilters({
  action,
  label,
  searchLabel,
  values,
  selects,
  hidden = {},
}: {
  action: string;
  label: string;
  searchLabel: string;
  values: Record<string, string | undefined>;
  selects: Select[];
  hidden?: Record<string, string>;
}) {
  const active = Object.keys(values).some((k) => values[k]);
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={label}
      className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))_auto] lg:items-end"
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField idPrefix="filter" name="q" label={searchLabel} type="search" defaultValue={values.q ?? ""} />
      {selects.map((s) => (
        <SelectField
          key={s.name}
          idPrefix="filter"
          name={s.name}
          label={s.label}
          placeholder={s.placeholder}
          options={s.options}
          defaultValue={values[s.name] ?? ""}
        />
      ))}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          Apply
        </button>
        {active && (
          <Link href={`${action}${hidden.view ? `?view=${hidden.view}` : ""}`} className={buttonClass("ghost")}>
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}
