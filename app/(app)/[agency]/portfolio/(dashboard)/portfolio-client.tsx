"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { DashboardFiltersBar } from "@/components/portfolio/dashboard-filters";
import { DashboardSkeleton } from "@/components/portfolio/dashboard-skeleton";
import { DashboardView, type AgencyInfo } from "@/components/portfolio/dashboard-view";
import { compact, filtersToSearch, hasFilters } from "@/components/portfolio/filter-params";
import { Alert } from "@/components/ui/alert";
import type { DashboardFilters } from "@/lib/domain/portfolio/dashboard";
import type { DashboardSummary as Dashboard } from "@/lib/domain/portfolio/dashboard-lists";

type Props = {
  slug: string;
  agency: AgencyInfo;
  /** The unfiltered dashboard rendered on the server. */
  initialDashboard: Dashboard;
  /** Filters from the address when the page was loaded. */
  initialFilters: DashboardFilters;
  /** Set when the address held an invalid filter, which was ignored. */
  ignoredFilterMessage: string | null;
  amOptions: { id: string; name: string }[];
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function fetchDashboard(slug: string, filters: DashboardFilters, signal: AbortSignal): Promise<Dashboard> {
  const search = filtersToSearch(filters);
  const response = await fetch(`/api/agencies/${slug}/portfolio${search ? `?${search}` : ""}`, {
    headers: { Accept: "application/json" },
    signal,
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new HttpError(response.status, body?.message ?? `The dashboard could not be loaded (${response.status}).`);
  }
  return (await response.json()) as Dashboard;
}

export function PortfolioClient({
  slug,
  agency,
  initialDashboard,
  initialFilters,
  ignoredFilterMessage,
  amOptions,
}: Props) {
  const [filters, setFilters] = useState<DashboardFilters>(() => compact(initialFilters));
  const query = useQuery({
    queryKey: ["portfolio", slug, filters],
    queryFn: ({ signal }) => fetchDashboard(slug, filters, signal),
    initialData: hasFilters(filters) ? undefined : initialDashboard,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    // A refused or invalid request will not succeed on a second try.
    retry: (failures, error) => !(error instanceof HttpError && error.status < 500) && failures < 2,
  });

  const applyFilters = useCallback((next: DashboardFilters) => {
    const clean = compact(next);
    setFilters(clean);
    // Shallow: the native history API keeps Next's router in sync without a server round-trip or a reload.
    const search = filtersToSearch(clean);
    window.history.replaceState(null, "", `${window.location.pathname}${search ? `?${search}` : ""}`);
  }, []);

  const { data, isPlaceholderData, isFetching, isError, error } = query;
  const guideline = (data ?? initialDashboard).guideline;
  return (
    <>
      <PageHeader
        title="Portfolio"
        description={`${agency.name}: account-manager load, client health and signals. Guideline ${guideline.min}–${guideline.max} accounts per AM.`}
      />
      <div className="space-y-6">
        {amOptions.length > 0 && (
          <DashboardFiltersBar
            filters={filters}
            amOptions={amOptions}
            onChange={applyFilters}
            pending={isFetching && (isPlaceholderData || !data)}
          />
        )}
        {ignoredFilterMessage && (
          <Alert tone="info">The address held a filter that was ignored: {ignoredFilterMessage}</Alert>
        )}
        {isError && !data ? (
          <Alert>
            <p>{error instanceof Error ? error.message : "The dashboard could not be loaded."}</p>
            <button
              type="button"
              onClick={() => void query.refetch()}
              className="mt-2 rounded-md border border-rose-300 bg-white px-2.5 py-1 text-sm font-medium text-rose-800 hover:bg-rose-100"
            >
              Try again
            </button>
          </Alert>
        ) : !data ? (
          <DashboardSkeleton />
        ) : (
          <div
            aria-busy={isPlaceholderData || undefined}
            data-testid="portfolio-dashboard"
            className={`transition-opacity ${isPlaceholderData ? "opacity-60" : ""}`}
          >
            <DashboardView
              slug={slug}
              agency={agency}
              dashboard={data}
              agencyHasAms={amOptions.length > 0}
              filtered={hasFilters(filters)}
              filterSearch={filtersToSearch(filters)}
              onClearFilters={() => applyFilters({})}
            />
          </div>
        )}
      </div>
    </>
  );
}
