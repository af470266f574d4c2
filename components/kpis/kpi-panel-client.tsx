"use client";

import { useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { Button } from "@/components/ui/button";
import type { KpiView } from "@/lib/domain/kpis/queries";
import { KpiCard } from "./kpi-card-client";
import { KpiForm } from "./kpi-form-client";

/** The KPIs of one account or one member, for someone who may record readings (and perhaps define KPIs). */
export function KpiPanel({
  slug,
  kpis,
  owner,
  canDefine,
  canMeasure,
  empty,
}: {
  slug: string;
  kpis: KpiView[];
  owner: { accountId: string } | { membershipId: string };
  canDefine: boolean;
  canMeasure: boolean;
  empty: string;
}) {
  const [adding, setAdding] = useState(false);
  return (
    <div className="space-y-4" data-testid="kpi-panel">
      {canDefine && (
        <div>
          {adding ? (
            <KpiForm slug={slug} owner={owner} onDone={() => setAdding(false)} />
          ) : (
            <Button variant="secondary" onClick={() => setAdding(true)}>
              New KPI
            </Button>
          )}
        </div>
      )}
      {kpis.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {kpis.map((kpi) => (
            <KpiCard key={kpi.id} slug={slug} kpi={kpi} canDefine={canDefine} canMeasure={canMeasure} />
          ))}
        </div>
      )}
    </div>
  );
}
