import Link from "@/components/ui/link";
import { SEVERITY_LABEL, TIER_LABEL, formatMoney } from "@/components/portfolio/labels";
import type { BookRow } from "@/lib/domain/portfolio/book-rows";
import { AccountStatusBadge, HealthBadge } from "./badges";
import { EmptyState, TableScroll } from "@/components/ui/empty-state";
import { HeaderRow, numeric, rowLink } from "@/components/ui/table";
import { COMPLEXITY_NAME, days, formatDate } from "./format";

const td = "px-3 py-2 align-top";

/** The AM's book, most in need of attention first (see bookRows for the order). */
export function AmBookTable({ slug, rows, currency }: { slug: string; rows: BookRow[]; currency: string }) {
  if (rows.length === 0) return <EmptyState>No accounts on this book yet.</EmptyState>;
  return (
    <>
      <BookList slug={slug} rows={rows} currency={currency} />
      <div className="hidden md:block">
        <TableScroll label="Book of accounts (scrolls sideways)">
          <table className="w-full min-w-[860px] text-sm" data-testid="am-book">
            <caption className="sr-only">
              Accounts owned by this account manager, most in need of attention first. Paused and churned accounts are
              listed last and do not count toward load.
            </caption>
            <HeaderRow
              cells={[
                "Client · account",
                "Tier",
                "Complexity",
                numeric("Monthly value"),
                "Status",
                "Health",
                "Last check-in",
                "Renewal",
              ]}
            />
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.id}
                  className={`border-b border-slate-100 last:border-0 ${row.countsTowardLoad ? "" : "text-slate-500"}`}
                >
                  <th scope="row" className={`${td} pl-0 text-left font-normal`}>
                    <span className="block text-slate-600">{row.clientName}</span>
                    <Link href={`/${slug}/accounts/${row.id}`} className={rowLink}>
                      {row.name}
                    </Link>
                    {row.severity && (
                      <span className="mt-0.5 block text-xs text-slate-500">
                        {row.signalCount} {row.signalCount === 1 ? "signal" : "signals"}, worst{" "}
                        {SEVERITY_LABEL[row.severity].toLowerCase()}
                      </span>
                    )}
                  </th>
                  <td className={`${td} whitespace-nowrap`}>{TIER_LABEL[row.tier]}</td>
                  <td className={td}>{COMPLEXITY_NAME[row.complexity]}</td>
                  <td className={`${td} text-right font-mono tabular-nums`}>
                    {formatMoney(row.monthlyValue, currency)}
                  </td>
                  <td className={td}>
                    <AccountStatusBadge status={row.status} />
                  </td>
                  <td className={`${td} whitespace-nowrap`}>
                    {row.health === null ? (
                      <HealthBadge band={null} />
                    ) : (
                      <>
                        <span className="mr-1.5 font-mono tabular-nums">{row.health}</span>
                        <HealthBadge band={row.band} />
                      </>
                    )}
                  </td>
                  <td className={`${td} whitespace-nowrap`}>
                    {row.daysSinceCheckIn === null ? "Never" : `${days(row.daysSinceCheckIn)} ago`}
                    {row.overdue && <Overdue />}
                  </td>
                  <td className={`${td} pr-0 whitespace-nowrap`}>{formatDate(row.renewalDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </>
  );
}

function Overdue() {
  return (
    <span className="ml-1.5 rounded bg-rose-50 px-1.5 py-0.5 text-xs font-medium text-rose-700 ring-1 ring-rose-200 ring-inset">
      Overdue
    </span>
  );
}

/** The same rows as cards, for narrow screens where eight columns do not fit. */
function BookList({ slug, rows, currency }: { slug: string; rows: BookRow[]; currency: string }) {
  return (
    <ul className="divide-y divide-slate-100 md:hidden" data-testid="am-book-list">
      {rows.map((row) => (
        <li key={row.id} className={`py-3 first:pt-0 last:pb-0 ${row.countsTowardLoad ? "" : "text-slate-500"}`}>
          <p className="text-sm text-slate-600">{row.clientName}</p>
          <Link href={`/${slug}/accounts/${row.id}`} className={rowLink}>
            {row.name}
          </Link>
          <div className="mt-1.5 flex flex-wrap items-center gap-1.5 text-sm">
            <AccountStatusBadge status={row.status} />
            <span className="ml-1 text-xs text-slate-500">health</span>
            {row.health !== null && <span className="font-mono tabular-nums">{row.health}</span>}
            <HealthBadge band={row.band} />
            {row.severity && (
              <span className="text-xs text-slate-500">
                · {row.signalCount} {row.signalCount === 1 ? "signal" : "signals"}
              </span>
            )}
          </div>
          <p className="mt-1 text-xs text-slate-600">
            {TIER_LABEL[row.tier]} · {COMPLEXITY_NAME[row.complexity]} · {formatMoney(row.monthlyValue, currency)} a
            month · renewal {formatDate(row.renewalDate)}
          </p>
          <p className="mt-0.5 text-xs text-slate-600">
            Last check-in {row.daysSinceCheckIn === null ? "never" : `${days(row.daysSinceCheckIn)} ago`}
            {row.overdue && <Overdue />}
          </p>
        </li>
      ))}
    </ul>
  );
}
