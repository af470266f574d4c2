import Link from "@/components/ui/link";
import { BarList } from "@/components/portfolio/bar-list";
import { PALETTE } from "@/components/portfolio/labels";
import { Card } from "@/components/ui/card";
import { EmptyState, TableScroll } from "@/components/ui/empty-state";
import { HeaderRow } from "@/components/ui/table";
import type { CommercialDashboard, GivenAwayRow } from "@/lib/domain/commercial/dashboard";
import { monthLabel } from "@/lib/domain/commercial/months";
import { formatHours, formatMoney, formatNrr } from "./format";

function GivenAwayList({ rows, label, currency }: { rows: GivenAwayRow[]; label: string; currency: string }) {
  return (
    <BarList
      label={label}
      testId={label.includes("client") ? "given-away-by-client" : "given-away-by-am"}
      rows={rows.slice(0, 8).map((r) => ({
        key: r.id,
        label: r.name,
        value: r.value,
        color: PALETTE.vermillion,
        display: `${formatHours(r.hours)} · ${formatMoney(r.value, currency)}`,
      }))}
    />
  );
}

/**
 * The dashboard's commercial panels: time given away over the last three months (hours above contract and their
 * value, by AM and by client) and account growth per AM over 12 months. CSS bars and a table: no chart library on the
 * dashboard's first load.
 */
export function CommercialPanels({
  slug,
  commercial,
  currency,
}: {
  slug: string;
  commercial: CommercialDashboard;
  currency: string;
}) {
  const period = `${monthLabel(commercial.months[0]!)} – ${monthLabel(commercial.months.at(-1)!)}`;
  return (
    <div className="grid items-start gap-6 md:grid-cols-2">
      <Card
        id="time-given-away"
        title="Time given away"
        description={`Hours above contracted retainer scope, ${period}, valued at each account's hourly rate.`}
        className="min-w-0"
      >
        {commercial.givenAwayByAm.length === 0 ? (
          <EmptyState>No retainer ran over its contracted hours in this period.</EmptyState>
        ) : (
          <div className="space-y-5">
            <p className="text-sm text-slate-700" data-testid="given-away-total">
              <strong>{formatHours(commercial.totalHours)}</strong> given away, worth{" "}
              <strong>{formatMoney(commercial.totalValue, currency)}</strong>.
            </p>
            <div>
              <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">By account manager</h3>
              <GivenAwayList
                rows={commercial.givenAwayByAm}
                label="Time given away by account manager"
                currency={currency}
              />
            </div>
            <div>
              <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">By client</h3>
              <GivenAwayList
                rows={commercial.givenAwayByClient}
                label="Time given away by client"
                currency={currency}
              />
            </div>
          </div>
        )}
      </Card>
      <Card
        id="account-growth"
        title="Account growth per AM"
        description="Net revenue retention and expansion over 12 months; each AM answers for the months they held an account."
        className="min-w-0"
      >
        {commercial.growth.length === 0 ? (
          <EmptyState>No value history yet.</EmptyState>
        ) : (
          <TableScroll label="Account growth per AM">
            <table className="w-full text-sm" data-testid="account-growth">
              <caption className="sr-only">Net revenue retention per account manager, last 12 months</caption>
              <HeaderRow
                cells={[
                  "AM",
                  { label: "NRR", className: "text-right" },
                  { label: "Expansion", className: "text-right" },
                  { label: "Lost", className: "text-right" },
                  { label: "Won", className: "text-right" },
                ]}
              />
              <tbody>
                {commercial.growth.slice(0, 12).map((g) => (
                  <tr key={g.amId} className="border-b border-slate-100">
                    <th scope="row" className="py-2 pr-3 text-left font-normal">
                      <Link href={`/${slug}/portfolio/ams/${g.amId}`} className="text-indigo-700 hover:underline">
                        {g.name}
                      </Link>
                    </th>
                    <td
                      className={`px-3 py-2 text-right font-mono tabular-nums ${g.nrr !== null && g.nrr < 1 ? "text-rose-700" : ""}`}
                    >
                      {formatNrr(g.nrr)}
                    </td>
                    <td className="px-3 py-2 text-right font-mono tabular-nums">
                      {formatMoney(g.expansion, currency)}
                    </td>
                    <td className="px-3 py-2 text-right font-mono tabular-nums">{formatMoney(g.lost, currency)}</td>
                    <td className="py-2 pl-3 text-right font-mono tabular-nums">{formatMoney(g.won, currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Card>
    </div>
  );
}
