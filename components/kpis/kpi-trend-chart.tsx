"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, MONTH_AXIS, TOOLTIP_STYLE, trendLine } from "@/components/charts/chart-parts";

export type KpiTrendPoint = { label: string; value: number };

type Props = {
  data: KpiTrendPoint[];
  target: number;
  /** Accessible name of the chart image; the same readings are in the table beside it. */
  label: string;
  color: string;
  /** Readings and target with their unit (tooltip, target label). */
  format: (value: number) => string;
  /** Axis ticks: the bare number, so they stay on one line; the unit is in the card's header. */
  axisFormat: (value: number) => string;
  height?: number;
};

/** One KPI's readings over its periods, with the target as a dashed reference line (style of load-trend-chart). */
export function KpiTrendChart({ data, target, label, color, format, axisFormat, height = 200 }: Props) {
  return (
    <ChartFrame label={label} height={height} initialWidth={480} testId="kpi-trend-chart" points={data.length}>
      <LineChart data={data} margin={{ top: 16, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis {...MONTH_AXIS} />
        <YAxis
          domain={["auto", "auto"]}
          tick={{ fontSize: 11, fill: "#64748b" }}
          stroke="#cbd5e1"
          width={48}
          tickFormatter={(v: number) => axisFormat(v)}
        />
        <ReferenceLine
          y={target}
          stroke="#059669"
          strokeDasharray="4 3"
          ifOverflow="extendDomain"
          label={{ value: `target ${format(target)}`, position: "insideTopRight", fontSize: 11, fill: "#065f46" }}
        />
        <Tooltip formatter={(value) => [format(Number(value)), "Reading"]} contentStyle={TOOLTIP_STYLE} />
        <Line {...trendLine("value", color)} />
      </LineChart>
    </ChartFrame>
  );
}
