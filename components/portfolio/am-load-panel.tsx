"use client";

import Link from "@/components/ui/link";
import { useSearchParams } from "next/navigation";
import { useId, useState } from "react";
import { ExportLink } from "@/components/export/export-link";
import { AmLoadBars } from "@/components/charts/am-load-bars";
import type { AmLoadDatum } from "@/components/charts/am-load-bars";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { AmLoadRow } from "@/lib/domain/portfolio/dashboard";
import type { Guideline } from "@/lib/domain/portfolio/guideline";
import type { AmStatus } from "@/lib/domain/portfolio/load";
import { AmLoadTable } from "./am-load-table";
import { filtersToSearch, validFilters } from "./filter-params";
import { AM_STATUS_COLOR, AM_STATUS_LABEL, PALETTE } from "./labels";

/** More bars than this stop being readable (and weigh on the page); the full AM list page has everyone. */
export const CHART_AM_LIMIT = 25;
const STATUS_ORDER: AmStatus[] = ["OVERLOADED", "AT_CAPACITY", "HEALTHY", "UNDER"];

type Props = {
  slug: string;
  /** The most-loaded AMs (a large agency's dashboard does not carry them all). */
  rows: AmLoadRow[];
  guideline: Guideline;
  /** Every AM in view, by status, and the full paged list of them. */
  total: number;
  statusCounts: Record<AmStatus, number>;
  fullListHref: string;
};

export function AmLoadPanel({ slug, rows, guideline, total, statusCounts, fullListHref }: Props) {
  const [asTable, setAsTable] = useState(false);
  const regionId = useId();
  // The dashboard keeps its filters in the URL; the export takes the same ones. (No router outside Next, e.g. in tests.)
  const search = useSearchParams() as URLSearchParams | null;
  const filters = validFilters(new URLSearchParams(search?.toString() ?? ""));
  const charted = rows.slice(0, CHART_AM_LIMIT); // rows arrive sorted by weighted load, highest first
  const data: AmLoadDatum[] = charted.map((am) => ({
    id: am.id,
    name: am.name,
    weightedLoad: am.weightedLoad,
    load: am.load,
    headroom: am.headroom,
    statusLabel: AM_STATUS_LABEL[am.status],
    fill: AM_STATUS_COLOR[am.status],
  }));
  const counts = STATUS_ORDER.map((s) => `${statusCounts[s]} ${AM_STATUS_LABEL[s]}`);
  const chartLabel = `Bar chart of weighted load for ${charted.length} account managers against the guideline band ${guideline.min}–${guideline.max}: ${counts.join(", ")}.`;

  return (
    <Card
      id="am-load"
      title="Account manager load"
      description={`Weighted accounts per AM against the guideline band (${guideline.min}–${guideline.max}).`}
      className="min-w-0"
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Legend">
          {STATUS_ORDER.map((status) => (
            <li key={status} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="size-3 rounded-sm"
                style={{ backgroundColor: AM_STATUS_COLOR[status] }}
              />
              {AM_STATUS_LABEL[status]}
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="h-3 w-5 rounded-sm border border-dashed"
              style={{ backgroundColor: `${PALETTE.green}24`, borderColor: PALETTE.green }}
            />
            Guideline {guideline.min}–{guideline.max}
          </li>
        </ul>
        <div className="flex items-center gap-2">
          <ExportLink slug={slug} kind="am-load" search={filtersToSearch(filters)} what="account manager load" />
          <Button
            variant="secondary"
            aria-expanded={asTable}
            aria-controls={regionId}
            onClick={() => setAsTable((v) => !v)}
            size="xs"
          >
            {asTable ? "Show as chart" : "Show as table"}
          </Button>
        </div>
      </div>
      <div id={regionId}>
        {!asTable && <AmLoadBars data={data} band={guideline} bandColor={PALETTE.green} label={chartLabel} />}
        <AmLoadTable slug={slug} rows={rows} className={asTable ? "" : "sr-only"} />
      </div>
      <p className="mt-3 text-xs text-slate-600">
        Status uses weighted load (Low 0.5, Standard 1, High 1.5). Only active and at-risk accounts count.
      </p>
      {total > charted.length && (
        <p className="mt-1 text-xs text-slate-600" data-testid="am-chart-limit-note">
          The chart shows the {charted.length} most-loaded of {total} account managers.{" "}
          <Link href={fullListHref} prefetch={false} className="font-medium text-indigo-700 underline">
            All {total} account managers
          </Link>
        </p>
      )}
    </Card>
  );
}
