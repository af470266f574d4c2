"use client";

import { useState } from "react";
import { formatPercent100, formatValue, withUnit } from "@/components/drilldown/format";
import { attainmentTone } from "@/components/drilldown/kpi-table";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { HeaderRow, numeric, srOnly } from "@/components/ui/table";
import { archiveKpi, deleteMeasurement } from "@/lib/actions/kpis";
import { periodLabel } from "@/lib/domain/kpis/periods";
import type { KpiView } from "@/lib/domain/kpis/queries";
import { CADENCE_LABEL, DIRECTION_LABEL, KpiForm } from "./kpi-form-client";
import { KpiTrendChart } from "./kpi-trend-chart";
import { MeasurementForm } from "./measurement-form-client";

type Open = "none" | "record" | "edit";

/**
 * One KPI: target, latest reading and attainment (as the health score counts it), its trend against the target with
 * the readings as a table beside it, and — where the member may — forms to record a reading, edit or archive it, and
 * delete a wrong reading.
 */
export function KpiCard({
  slug,
  kpi,
  canDefine,
  canMeasure,
}: {
  slug: string;
  kpi: KpiView;
  canDefine: boolean;
  canMeasure: boolean;
}) {
  const [open, setOpen] = useState<Open>("none");
  const tone = attainmentTone(kpi.attainment);
  const format = (value: number) => withUnit(value, kpi.unit);
  const headingId = `kpi-${kpi.id}-name`;
  const toggle = (next: Open) => setOpen((o) => (o === next ? "none" : next));

  return (
    <article
      aria-labelledby={headingId}
      className="min-w-0 rounded-lg border border-slate-200 p-4"
      data-testid="kpi-card"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="text-sm font-semibold text-slate-900">
            {kpi.name}
          </h3>
          <p className="text-xs text-slate-500">
            {kpi.unit} · {CADENCE_LABEL[kpi.cadence as keyof typeof CADENCE_LABEL] ?? kpi.cadence} ·{" "}
            {DIRECTION_LABEL[kpi.direction]}
          </p>
        </div>
        <dl className="flex gap-4 text-right text-sm">
          <div>
            <dt className="text-xs text-slate-500">Target</dt>
            <dd className="font-mono tabular-nums">{format(kpi.target)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Latest</dt>
            <dd className="font-mono tabular-nums" data-testid="kpi-latest">
              {kpi.latest ? format(kpi.latest.value) : "—"}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Attainment</dt>
            <dd className={`font-mono font-semibold tabular-nums ${tone.text}`} data-testid="kpi-attainment">
              {formatPercent100(kpi.attainment)}
            </dd>
          </div>
        </dl>
      </div>

      <div className="mt-3">
        {kpi.history.length > 0 ? (
          <KpiTrendChart
            data={kpi.history.map((h) => ({ label: periodLabel(kpi.cadence, h.periodStart), value: h.value }))}
            target={kpi.target}
            color={tone.line}
            format={format}
            axisFormat={formatValue}
            label={`${kpi.name}: ${kpi.history.length} reading${kpi.history.length === 1 ? "" : "s"}, latest ${format(kpi.latest?.value ?? 0)} against a target of ${format(kpi.target)}. The readings are in the table below.`}
          />
        ) : (
          <p className="rounded-md border border-dashed border-slate-300 bg-slate-50 px-3 py-6 text-center text-sm text-slate-600">
            No readings yet{canMeasure ? ": record the first one." : "."}
          </p>
        )}
      </div>

      {kpi.history.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-slate-700 hover:text-slate-900">Readings as a table</summary>
          <table className="mt-2 w-full text-sm">
            <caption className="sr-only">Readings of {kpi.name}, oldest first</caption>
            <HeaderRow look="compact" cells={["Period", numeric("Value"), "Note", canMeasure && srOnly("Actions")]} />
            <tbody>
              {kpi.history.map((h) => (
                <tr key={h.id} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="py-1 pr-3 text-left font-normal whitespace-nowrap">
                    {periodLabel(kpi.cadence, h.periodStart)}
                  </th>
                  <td className="px-3 py-1 text-right font-mono tabular-nums">{format(h.value)}</td>
                  <td className="px-3 py-1 break-words text-slate-600">{h.note ?? ""}</td>
                  {canMeasure && (
                    <td className="py-1 pl-3 text-right">
                      <ConfirmButton
                        label="Delete"
                        confirmLabel="Yes, delete"
                        pendingLabel="Deleting…"
                        accessibleName={`reading for ${periodLabel(kpi.cadence, h.periodStart)}`}
                        action={() => deleteMeasurement(slug, { measurementId: h.id })}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}

      {(canMeasure || canDefine) && (
        <div className="mt-3 flex flex-wrap gap-2">
          {canMeasure && (
            <Button variant="secondary" aria-expanded={open === "record"} onClick={() => toggle("record")}>
              Record reading
            </Button>
          )}
          {canDefine && (
            <>
              <Button variant="ghost" aria-expanded={open === "edit"} onClick={() => toggle("edit")}>
                Edit KPI
              </Button>
              <ConfirmButton
                label="Archive"
                accessibleName={kpi.name}
                action={() => archiveKpi(slug, { kpiId: kpi.id })}
              />
            </>
          )}
        </div>
      )}
      {open === "record" && (
        <div className="mt-3">
          <MeasurementForm slug={slug} kpi={kpi} />
        </div>
      )}
      {open === "edit" && (
        <div className="mt-3">
          <KpiForm
            slug={slug}
            kpiId={kpi.id}
            initial={{
              name: kpi.name,
              unit: kpi.unit,
              target: String(kpi.target),
              direction: kpi.direction,
              cadence: kpi.cadence,
            }}
            onDone={() => setOpen("none")}
          />
        </div>
      )}
    </article>
  );
}
