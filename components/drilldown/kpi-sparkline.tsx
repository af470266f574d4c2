"use client";

import { Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type KpiPoint = { label: string; value: number };

type Props = { data: KpiPoint[]; target: number; label: string; color: string; height?: number };

/** A small trend line of one KPI with its target as a dashed reference line. */
export function KpiSparkline({ data, target, label, color, height = 56 }: Props) {
  const values = [...data.map((d) => d.value), target];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.15 || Math.abs(hi) * 0.1 || 1;
  return (
    <div role="img" aria-label={label} style={{ height }} className="w-full min-w-32" data-testid="kpi-sparkline">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 160, height }}>
        <LineChart data={data} margin={{ top: 4, right: 4, bottom: 4, left: 4 }}>
          <XAxis dataKey="label" hide />
          <YAxis domain={[lo - pad, hi + pad]} hide />
          <ReferenceLine y={target} stroke="#059669" strokeDasharray="4 3" ifOverflow="extendDomain" />
          <Tooltip
            formatter={(value) => [String(value), "Value"]}
            contentStyle={{ fontSize: 11, borderRadius: 6, borderColor: "#e2e8f0", padding: "2px 6px" }}
          />
          <Line
            type="monotone"
            dataKey="value"
            stroke={color}
            strokeWidth={2}
            dot={{ r: 2 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
