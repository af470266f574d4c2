"use client";

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type LoadTrendDatum = { label: string; weightedLoad: number; load: number };

type Props = {
  data: LoadTrendDatum[];
  band: { min: number; max: number };
  /** Accessible name of the chart image; the same numbers are in the table under it. */
  label: string;
  lineColor: string;
  bandColor: string;
  height?: number;
};

/** Weighted load (and account count) per month, with the guideline band shaded behind the lines. */
export function LoadTrendChart({ data, band, label, lineColor, bandColor, height = 260 }: Props) {
  const top = Math.ceil(Math.max(band.max + 1, ...data.map((d) => Math.max(d.weightedLoad, d.load))) + 0.5);
  return (
    <div role="img" aria-label={label} style={{ height }} data-testid="load-trend-chart">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 560, height }}>
        <LineChart data={data} margin={{ top: 12, right: 12, bottom: 4, left: -16 }}>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <ReferenceArea
            y1={band.min}
            y2={band.max}
            fill={bandColor}
            fillOpacity={0.16}
            stroke={bandColor}
            strokeOpacity={0.5}
            strokeDasharray="4 3"
            ifOverflow="extendDomain"
            label={{
              value: `guideline ${band.min}–${band.max}`,
              position: "insideTopLeft",
              fontSize: 11,
              fill: "#065f46",
            }}
          />
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
            formatter={(value, name) => [String(value), name === "weightedLoad" ? "Weighted load" : "Accounts"]}
            contentStyle={{ fontSize: 12, borderRadius: 6, borderColor: "#e2e8f0" }}
          />
          <Legend
            verticalAlign="bottom"
            height={24}
            iconType="plainline"
            formatter={(value) => (value === "weightedLoad" ? "Weighted load" : "Accounts (count)")}
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
          <Line
            type="monotone"
            dataKey="load"
            stroke="#64748b"
            strokeWidth={1.5}
            strokeDasharray="5 4"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
