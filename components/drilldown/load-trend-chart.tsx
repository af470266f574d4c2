"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, MONTH_AXIS, TOOLTIP_STYLE, trendLine } from "@/components/charts/chart-parts";

/** One month: the load, and the guideline band in force then (it steps, into the month, where the rule changed). */
export type LoadTrendDatum = {
  label: string;
  weightedLoad: number;
  load?: number;
  bandMin: number;
  bandMax: number;
  /** "6–8 from 3 Jun 2026 (…)" in the month the rule changed; drawn as a marked line with its date. */
  changeNote?: string | null;
};

type Props = {
  data: LoadTrendDatum[];
  /** Accessible name of the chart image; the same numbers are in the table under it. */
  label: string;
  lineColor: string;
  bandColor: string;
  height?: number;
  /** Name of the main line in the legend and tooltip. */
  loadName?: string;
};

const NAMES: Record<string, string> = { load: "Accounts (count)", band: "Guideline band" };

/** Weighted load (and account count) per month, over the guideline band in force each month (a step where it changed). */
export function LoadTrendChart({ data, label, lineColor, bandColor, height = 260, loadName = "Weighted load" }: Props) {
  const top = Math.ceil(Math.max(...data.map((d) => Math.max(d.bandMax + 1, d.weightedLoad, d.load ?? 0))) + 0.5);
  const rows = data.map((d) => ({ ...d, band: [d.bandMin, d.bandMax] as [number, number] }));
  const nameOf = (key: unknown) => (key === "weightedLoad" ? loadName : (NAMES[String(key)] ?? String(key)));
  return (
    <ChartFrame label={label} height={height} initialWidth={560} testId="load-trend-chart">
      <ComposedChart data={rows} margin={{ top: 12, right: 12, bottom: 4, left: -16 }}>
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <Area
          dataKey="band"
          type="stepBefore"
          fill={bandColor}
          fillOpacity={0.16}
          stroke={bandColor}
          strokeOpacity={0.6}
          strokeDasharray="4 3"
          isAnimationActive={false}
        />
        {rows
          .filter((d) => d.changeNote)
          .map((d) => (
            <ReferenceLine
              key={d.label}
              x={d.label}
              stroke="#065f46"
              strokeDasharray="2 2"
              label={{
                value: `guideline ${d.bandMin}–${d.bandMax}`,
                position: "insideTopRight",
                fontSize: 11,
                fill: "#065f46",
              }}
            />
          ))}
        <XAxis {...MONTH_AXIS} />
        <YAxis domain={[0, top]} allowDecimals={false} tick={{ fontSize: 11, fill: "#64748b" }} stroke="#cbd5e1" />
        <Tooltip
          formatter={(value, name) => [Array.isArray(value) ? value.join("–") : String(value), nameOf(name)]}
          contentStyle={TOOLTIP_STYLE}
        />
        <Legend
          verticalAlign="bottom"
          height={24}
          iconType="plainline"
          formatter={nameOf}
          wrapperStyle={{ fontSize: 12 }}
        />
        <Line {...trendLine("weightedLoad", lineColor)} />
        {data.some((d) => d.load !== undefined) && (
          <Line
            type="monotone"
            dataKey="load"
            stroke="#64748b"
            strokeWidth={1.5}
            strokeDasharray="5 4"
            dot={false}
            isAnimationActive={false}
          />
        )}
      </ComposedChart>
    </ChartFrame>
  );
}
