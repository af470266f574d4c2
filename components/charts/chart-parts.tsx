"use client";

import type { ReactNode } from "react";
import { ResponsiveContainer } from "recharts";

type FrameProps = {
  /** Accessible name of the chart image; the same numbers are always in a table or list beside it. */
  label: string;
  height: number;
  /** Width to lay out at before the container is measured (server render, tests). */
  initialWidth: number;
  testId: string;
  className?: string;
  points?: number;
  children: ReactNode;
};

/** Every chart is one image with a name: screen readers get the label, not the SVG's parts. */
export function ChartFrame({ label, height, initialWidth, testId, className, points, children }: FrameProps) {
  return (
    <div
      role="img"
      aria-label={label}
      style={{ height }}
      className={className}
      data-testid={testId}
      data-points={points}
    >
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: initialWidth, height }}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}

/** The month axis the full-size trend charts share, so they read alike side by side. */
export const MONTH_AXIS = {
  dataKey: "label",
  tick: { fontSize: 11, fill: "#475569" },
  stroke: "#cbd5e1",
  tickLine: false,
  interval: "preserveStartEnd",
  minTickGap: 12,
} as const;

export const TOOLTIP_STYLE = { fontSize: 12, borderRadius: 6, borderColor: "#e2e8f0" };

/** The main series of a trend chart: a smooth line with dots, drawn at once (no animation to wait for in tests). */
export function trendLine(dataKey: string, color: string, strokeWidth = 2.5, dotRadius = 3) {
  return {
    type: "monotone",
    dataKey,
    stroke: color,
    strokeWidth,
    dot: { r: dotRadius },
    isAnimationActive: false,
  } as const;
}
