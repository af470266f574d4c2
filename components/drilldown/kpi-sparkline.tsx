"use client";

import { Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, TOOLTIP_STYLE, trendLine } from "@/components/charts/chart-parts";

export type KpiPoint = { label: string; value: number };

type Props = { data: KpiPoint[]; target: number; label: string; color: string; height?: number };

/** A small trend line of one KPI with its target as a dashed reference line. */
export function KpiSparkline({ data, target, label, color, height = 56 }: Props) {
  const values = [...data.map((d) => d.value), target];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.15 || Math.abs(hi) * 0.1 || 1;
  return (
    <ChartFrame label={label} height={height} initialWidth={160} testId="kpi-sparkline" className="w-full min-w-32">
      <LineChart data={data} margin={{ top: 4, right: 4, bottom: 4, left: 4 }}>
        <XAxis dataKey="label" hide />
        <YAxis domain={[lo - pad, hi + pad]} hide />
        <ReferenceLine y={target} stroke="#059669" strokeDasharray="4 3" ifOverflow="extendDomain" />
        <Tooltip
          formatter={(value) => [String(value), "Value"]}
          contentStyle={{ ...TOOLTIP_STYLE, fontSize: 11, padding: "2px 6px" }}
        />
        <Line {...trendLine("value", color, 2, 2)} />
      </LineChart>
    </ChartFrame>
  );
}
