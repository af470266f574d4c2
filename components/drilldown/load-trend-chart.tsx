"use client";

import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

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
    <div role="img" aria-label={label} style={{ height }} data-testid="load-trend-chart">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 560, height }}>
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
          <XAxis
            dataKey="label"
            tick={{ fontSize: 11, fill: "#475569" }}
            stroke="#cbd5e1"
            tickLine={false}
            interval="preserveStartEnd"
            minTickGap={12}
          />
          <YAxis domain={[0, top]} allowDecimals={false} tick={{ fontSize: 11, fill: "#64748b" }} stroke="#cbd5e1" />
          <Tooltip
            formatter={(value, name) => [Array.isArray(value) ? value.join("–") : String(value), nameOf(name)]}
            contentStyle={{ fontSize: 12, borderRadius: 6, borderColor: "#e2e8f0" }}
          />
          <Legend
            verticalAlign="bottom"
            height={24}
            iconType="plainline"
            formatter={nameOf}
            wrapperStyle={{ fontSize: 12 }}
          />
          <Line
            type="monotone"
            dataKey="weightedLoad"
            stroke={lineColor}
            strokeWidth={2.5}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
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
      </ResponsiveContainer>
    </div>
  );
}
