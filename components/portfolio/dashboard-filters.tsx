"use client";

import { Button } from "@/components/ui/button";
import { inputClass, labelClass } from "@/components/ui/field";
import { HydratedControl } from "@/components/ui/hydrated-control";
import type { DashboardFilters } from "@/lib/domain/portfolio/dashboard";
import { AM_STATUSES, TIERS, hasFilters } from "./filter-params";
import { AM_STATUS_LABEL, TIER_LABEL } from "./labels";

type Props = {
  filters: DashboardFilters;
  amOptions: { id: string; name: string }[];
  onChange: (filters: DashboardFilters) => void;
  /** Shown beside the controls while a filtered view loads. */
  pending: boolean;
};

type Option = { value: string; label: string };
const TIER_OPTIONS: Option[] = TIERS.map((tier) => ({ value: tier, label: TIER_LABEL[tier] }));
const STATUS_OPTIONS: Option[] = AM_STATUSES.map((status) => ({ value: status, label: AM_STATUS_LABEL[status] }));

/** Each filter's control: its id (the e2e tests and labels use it), its wording and its width. */
const FILTER = {
  tier: { id: "filter-tier", label: "Client tier", all: "All tiers", width: "sm:w-40" },
  amStatus: { id: "filter-status", label: "AM status", all: "Any status", width: "sm:w-44" },
  amId: { id: "filter-am", label: "Account manager", all: "All account managers", width: "col-span-2 sm:w-56" },
} as const;

/** One filter: a labelled select whose empty choice means "all". Disabled until hydrated (changes apply in React). */
function FilterSelect({
  field,
  options,
  filters,
  onChange,
}: Pick<Props, "filters" | "onChange"> & { field: keyof typeof FILTER; options: readonly Option[] }) {
  const { id, label, all, width } = FILTER[field];
  return (
    <div className={`min-w-0 ${width}`}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <HydratedControl
        as="select"
        id={id}
        className={`${inputClass} mt-1`}
        value={filters[field] ?? ""}
        // The options are the field's own values, so the chosen one is of the field's type.
        onChange={(e) => onChange({ ...filters, [field]: e.target.value || undefined } as DashboardFilters)}
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </HydratedControl>
    </div>
  );
}

/** Tier, AM-status and AM selects; each change applies at once (no submit), and the state is announced. */
export function DashboardFiltersBar({ filters, amOptions, onChange, pending }: Props) {
  const state = { filters, onChange };
  return (
    <form
      aria-label="Dashboard filters"
      onSubmit={(e) => e.preventDefault()}
      className="grid grid-cols-2 items-end gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:flex sm:flex-wrap sm:p-4"
    >
      <FilterSelect {...state} field="tier" options={TIER_OPTIONS} />
      <FilterSelect {...state} field="amStatus" options={STATUS_OPTIONS} />
      <FilterSelect {...state} field="amId" options={amOptions.map((am) => ({ value: am.id, label: am.name }))} />
      <Button
        variant="ghost"
        onClick={() => onChange({})}
        disabled={!hasFilters(filters)}
        className="justify-self-start"
      >
        Clear filters
      </Button>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-500 sm:ml-auto sm:self-center">
        {pending ? "Updating…" : ""}
      </p>
    </form>
  );
}
