"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";

export type AmLoadDatum = {
  id: string;
  name: string;
  weightedLoad: number;
  load: number;
  headroom: number;
  statusLabel: string;
  /** Bar colour (recharts reads `fill` from the data entry). */
  fill: string;
};

type Props = {
  data: AmLoadDatum[];
  band: { min: number; max: number };
  bandColor: string;
  /** Accessible name of the chart image; the same numbers are in the table beside it. */
  label: string;
};

const ROW_HEIGHT = 30;
const formatLoad = (value: unknown) => (typeof value === "number" ? String(Math.round(value * 10) / 10) : "");
const shortName = (name: string) => (name.length > 18 ? `${name.slice(0, 17)}…` : name);

/** Horizontal bars of weighted load per AM, with the guideline band shaded between its two reference lines. */
export function AmLoadChart({ data, band, bandColor, label }: Props) {
  const highest = Math.max(band.max, ...data.map((d) => d.weightedLoad));
  const step = highest < 16 ? 2 : highest < 40 ? 5 : 10;
  const domainMax = Math.ceil((highest + 0.5) / step) * step;
  const ticks = Array.from({ length: domainMax / step + 1 }, (_, i) => i * step);
  const height = Math.max(160, data.length * ROW_HEIGHT + 56);
  return (
    <div role="img" aria-label={label} style={{ height }} data-testid="am-load-chart">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 20, right: 36, bottom: 4, left: 4 }} barCategoryGap={6}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <ReferenceArea
            x1={band.min}
            x2={band.max}
            fill={bandColor}
            fillOpacity={0.14}
            ifOverflow="extendDomain"
            label={{ value: `guideline ${band.min}–${band.max}`, position: "top", fontSize: 11, fill: "#334155" }}
          />
          <XAxis
            type="number"
            domain={[0, domainMax]}
            ticks={ticks}
            tick={{ fontSize: 12, fill: "#475569" }}
            stroke="#cbd5e1"
          />
          <YAxis
            type="category"
            dataKey="name"
            width={128}
            interval={0}
            tickFormatter={shortName}
            tick={{ fontSize: 12, fill: "#334155" }}
            stroke="#cbd5e1"
          />
          <ReferenceLine x={band.min} stroke={bandColor} strokeDasharray="4 3" />
          <ReferenceLine x={band.max} stroke={bandColor} strokeDasharray="4 3" />
          <Tooltip cursor={{ fill: "#f1f5f9" }} content={LoadTooltip} />
          <Bar
            dataKey="weightedLoad"
            name="Weighted load"
            isAnimationActive={false}
            minPointSize={2}
            radius={[0, 3, 3, 0]}
          >
            <LabelList dataKey="weightedLoad" position="right" formatter={formatLoad} fontSize={12} fill="#0f172a" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function LoadTooltip({ active, payload }: TooltipContentProps) {
  const datum = active ? (payload?.[0]?.payload as AmLoadDatum | undefined) : undefined;
  if (!datum) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
      <p className="font-semibold text-slate-900">{datum.name}</p>
      <p className="text-slate-700">
        {datum.statusLabel}: weighted load {formatLoad(datum.weightedLoad)} ({datum.load} accounts)
      </p>
      <p className="text-slate-600">
        {datum.headroom >= 0
          ? `Headroom ${formatLoad(datum.headroom)}`
          : `${formatLoad(-datum.headroom)} over the maximum`}
      </p>
    </div>
  );
}
