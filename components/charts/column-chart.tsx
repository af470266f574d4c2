"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type ColumnDatum = {
  label: string;
  /** A second, smaller line under the label (e.g. "5 opps"). */
  sublabel?: string;
  value: number;
  fill: string;
};

type Props = {
  data: ColumnDatum[];
  /** Formats values on the bars and the axis (e.g. compact currency). */
  format: (value: number) => string;
  label: string;
  height?: number;
};

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: string; index?: number } };

function ColumnTick({ x = 0, y = 0, payload, data }: TickProps & { data: ColumnDatum[] }) {
  const datum = data[payload?.index ?? -1];
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="middle" fontSize={11} fill="#334155">
      <tspan x={Number(x)} dy="0.9em">
        {payload?.value}
      </tspan>
      {datum?.sublabel && (
        <tspan x={Number(x)} dy="1.3em" fontSize={10.5} fill="#64748b">
          {datum.sublabel}
        </tspan>
      )}
    </text>
  );
}

/** A small column chart with the value printed on each column; the caller supplies a table of the same numbers. */
export function ColumnChart({ data, format, label, height = 220 }: Props) {
  const withSublabels = data.some((d) => d.sublabel);
  return (
    <div role="img" aria-label={label} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height }}>
        <BarChart data={data} margin={{ top: 22, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis
            dataKey="label"
            interval={0}
            tick={(props: TickProps) => <ColumnTick {...props} data={data} />}
            height={withSublabels ? 44 : 28}
            stroke="#cbd5e1"
            tickLine={false}
          />
          <YAxis
            width={48}
            tickFormatter={(v: number) => format(v)}
            tick={{ fontSize: 11, fill: "#64748b" }}
            stroke="#cbd5e1"
          />
          <Bar dataKey="value" isAnimationActive={false} radius={[3, 3, 0, 0]} maxBarSize={56}>
            <LabelList
              dataKey="value"
              position="top"
              formatter={(v: unknown) => (typeof v === "number" ? format(v) : "")}
              fontSize={11}
              fill="#0f172a"
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
