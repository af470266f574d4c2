import type { Dashboard } from "@/lib/domain/portfolio/dashboard";
import { formatMoney, formatNumber } from "./labels";

type Card = { key: string; label: string; value: string; hint: string; alert?: boolean };

/** The six headline figures; a non-zero risk figure is drawn in the warning colour (with the same words). */
export function HeadlineCards({ headline, currency }: { headline: Dashboard["headline"]; currency: string }) {
  const cards: Card[] = [
    { key: "accounts", label: "Accounts", value: formatNumber(headline.accounts), hint: "active and at risk" },
    { key: "ams", label: "Account managers", value: formatNumber(headline.ams), hint: "in this view" },
    {
      key: "monthly-value",
      label: "Monthly value",
      value: formatMoney(headline.monthlyValue, currency),
      hint: "of these accounts",
    },
    {
      key: "revenue-at-risk",
      label: "Revenue at risk",
      value: formatMoney(headline.revenueAtRisk, currency),
      hint: "monthly, at-risk or health below 60",
      alert: headline.revenueAtRisk > 0,
    },
    {
      key: "overdue-check-ins",
      label: "Overdue check-ins",
      value: formatNumber(headline.overdueCheckIns),
      hint: "past the tier's cadence",
      alert: headline.overdueCheckIns > 0,
    },
    {
      key: "off-track-projects",
      label: "Off-track projects",
      value: formatNumber(headline.offTrackProjects),
      hint: "marked off track",
      alert: headline.offTrackProjects > 0,
    },
  ];
  return (
    <section aria-labelledby="headline-heading">
      <h2 id="headline-heading" className="sr-only">
        Headline figures
      </h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {cards.map((card) => (
          <div
            key={card.key}
            data-testid={`headline-${card.key}`}
            className="flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
          >
            <dt className="text-sm font-medium text-slate-600">{card.label}</dt>
            <dd
              className={`mt-1 font-mono text-2xl font-semibold tabular-nums ${card.alert ? "text-rose-700" : "text-slate-900"}`}
            >
              {card.value}
            </dd>
            <dd className="mt-0.5 text-xs text-slate-500">{card.hint}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
