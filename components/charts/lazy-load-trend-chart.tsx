"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { LoadTrendChart as Chart } from "@/components/drilldown/load-trend-chart";
import { WhenVisible } from "./when-visible";

const LoadTrendChart = dynamic(() => import("@/components/drilldown/load-trend-chart").then((m) => m.LoadTrendChart), {
  ssr: false,
});

type Props = ComponentProps<typeof Chart>;

/** The load trend for pages where it sits below the fold: recharts loads only when the chart is about to be seen. */
export function LazyLoadTrendChart(props: Props) {
  const height = props.height ?? 260;
  return (
    <WhenVisible
      height={height}
      placeholder={
        <p className="flex h-full items-center text-sm text-slate-500" style={{ height }}>
          {props.label}
        </p>
      }
    >
      <LoadTrendChart {...props} />
    </WhenVisible>
  );
}
