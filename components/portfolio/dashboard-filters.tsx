"use client";

import { inputClass, labelClass } from "@/components/ui/field";
import type { DashboardFilters } from "@/lib/domain/portfolio/dashboard";
import type { AmStatus } from "@/lib/domain/portfolio/load";
import type { ClientTier } from "@/lib/domain/portfolio/types";
import { AM_STATUSES, TIERS, hasFilters } from "./filter-params";
import { AM_STATUS_LABEL, TIER_LABEL } from "./labels";
import { useHydrated } from "./use-hydrated";

type Props = {
  filters: DashboardFilters;
  amOptions: { id: string; name: string }[];
  onChange: (filters: DashboardFilters) => void;
  /** Shown beside the controls while a filtered view loads. */
  pending: boolean;
};

/** Tier, AM-status and AM selects; each change applies at once (no submit), and the state is announced. */
export function DashboardFiltersBar({ filters, amOptions, onChange, pending }: Props) {
  const select = `${inputClass} mt-1`;
  const hydrated = useHydrated();
  return (
    <form
      aria-label="Dashboard filters"
      onSubmit={(e) => e.preventDefault()}
      className="grid grid-cols-2 items-end gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:flex sm:flex-wrap sm:p-4"
    >
      <div className="min-w-0 sm:w-40">
        <label htmlFor="filter-tier" className={labelClass}>
          Client tier
        </label>
        <select
          id="filter-tier"
          className={select}
          disabled={!hydrated}
          value={filters.tier ?? ""}
          onChange={(e) => onChange({ ...filters, tier: (e.target.value || undefined) as ClientTier | undefined })}
        >
          <option value="">All tiers</option>
          {TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {TIER_LABEL[tier]}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0 sm:w-44">
        <label htmlFor="filter-status" className={labelClass}>
          AM status
        </label>
        <select
          id="filter-status"
          className={select}
          disabled={!hydrated}
          value={filters.amStatus ?? ""}
          onChange={(e) => onChange({ ...filters, amStatus: (e.target.value || undefined) as AmStatus | undefined })}
        >
          <option value="">Any status</option>
          {AM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {AM_STATUS_LABEL[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="col-span-2 min-w-0 sm:w-56">
        <label htmlFor="filter-am" className={labelClass}>
          Account manager
        </label>
        <select
          id="filter-am"
          className={select}
          disabled={!hydrated}
          value={filters.amId ?? ""}
          onChange={(e) => onChange({ ...filters, amId: e.target.value || undefined })}
        >
          <option value="">All account managers</option>
          {amOptions.map((am) => (
            <option key={am.id} value={am.id}>
              {am.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        onClick={() => onChange({})}
        disabled={!hydrated || !hasFilters(filters)}
        className="justify-self-start rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-50"
      >
        Clear filters
      </button>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-500 sm:ml-auto sm:self-center">
        {pending ? "Updating…" : ""}
      </p>
    </form>
  );
}
