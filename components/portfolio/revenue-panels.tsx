import { BarList } from "./bar-list";
import { Card } from "@/components/ui/card";
import type { Dashboard } from "@/lib/domain/portfolio/dashboard";
import { PALETTE, TIER_LABEL, formatMoney, stageLabel } from "./labels";

const TIER_COLOR = { TIER_1: PALETTE.blue, TIER_2: PALETTE.sky, TIER_3: PALETTE.grey } as const;
const STAGE_COLOR: Record<string, string> = {
  IDEA: PALETTE.grey,
  QUALIFIED: PALETTE.sky,
  PROPOSED: PALETTE.blue,
  WON: PALETTE.green,
  LOST: PALETTE.vermillion,
};

function SrTable({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  return (
    <table className="sr-only">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row[0]}>
            {row.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={i}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Monthly value by client tier, and the growth pipeline by stage (count and monthly value). */
export function RevenuePanels({ dashboard, currency }: { dashboard: Dashboard; currency: string }) {
  const money = (v: number) => formatMoney(v, currency);
  const compact = (v: number) => formatMoney(v, currency, true);
  const tiers = (["TIER_1", "TIER_2", "TIER_3"] as const).map((tier) => ({
    label: TIER_LABEL[tier],
    value: dashboard.revenueByTier[tier],
    fill: TIER_COLOR[tier],
  }));
  const pipeline = dashboard.pipeline.map((p) => ({
    label: stageLabel(p.stage),
    sublabel: `${p.count} ${p.count === 1 ? "opp" : "opps"}`,
    value: p.monthlyValue,
    fill: STAGE_COLOR[p.stage] ?? PALETTE.grey,
  }));
  const hasRevenue = tiers.some((t) => t.value > 0);
  return (
    <>
      <Card id="revenue-by-tier" title="Revenue by tier" description="Monthly value of the accounts in this view.">
        {hasRevenue ? (
          <BarList
            label="Monthly value by client tier"
            rows={tiers.map((t) => ({
              key: t.label,
              label: t.label,
              value: t.value,
              color: t.fill,
              display: compact(t.value),
            }))}
          />
        ) : (
          <p className="text-sm text-slate-500">No revenue in this view.</p>
        )}
        <SrTable
          caption="Monthly value by client tier"
          head={["Tier", "Monthly value"]}
          rows={tiers.map((t) => [t.label, money(t.value)])}
        />
      </Card>
      <Card
        id="pipeline"
        title="Growth pipeline"
        description="Opportunities by stage (estimated monthly value and count), across the whole agency: filters do not apply."
      >
        {pipeline.length > 0 ? (
          <BarList
            label="Growth pipeline value by stage"
            rows={pipeline.map((p) => ({
              key: p.label,
              label: `${p.label} (${p.sublabel})`,
              value: p.value,
              color: p.fill,
              display: compact(p.value),
            }))}
          />
        ) : (
          <p className="text-sm text-slate-500">No opportunities yet.</p>
        )}
        <SrTable
          caption="Growth pipeline by stage"
          head={["Stage", "Opportunities", "Monthly value"]}
          rows={dashboard.pipeline.map((p) => [stageLabel(p.stage), String(p.count), money(p.monthlyValue)])}
        />
      </Card>
    </>
  );
}
