import Link from "next/link";
import { AccountStatusBadge } from "@/components/drilldown/badges";
import { EmptyState, TableScroll } from "@/components/drilldown/empty-state";
import { COMPLEXITY_NAME, formatDate } from "@/components/drilldown/format";
import { TIER_NAME, formatMoney } from "@/components/portfolio/labels";
import type { AccountListItem } from "@/lib/domain/accounts/queries";

const th = "px-3 py-2 text-left text-xs font-medium tracking-wide whitespace-nowrap text-slate-500 uppercase";
const td = "px-3 py-2.5 align-top";
const COLUMNS = ["Client", "Account", "AM", "Tier", "Status", "Monthly value", "Complexity", "Renewal"];

export function AccountTable({
  slug,
  accounts,
  currency,
  empty,
}: {
  slug: string;
  accounts: AccountListItem[];
  currency: string;
  empty: string;
}) {
  if (accounts.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <TableScroll label="Accounts">
      <table className="w-full min-w-[52rem] text-sm">
        <caption className="sr-only">
          Accounts with client, AM, tier, status, monthly value, complexity, renewal
        </caption>
        <thead className="border-b border-slate-200">
          <tr>
            {COLUMNS.map((h) => (
              <th key={h} scope="col" className={h === "Monthly value" ? `${th} text-right` : th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {accounts.map((a) => (
            <tr key={a.id} data-testid="account-row">
              <td className={td}>
                <Link href={`/${slug}/clients/${a.client.id}`} className="text-slate-800 hover:underline">
                  {a.client.name}
                </Link>
              </td>
              <td className={td}>
                <Link href={`/${slug}/accounts/${a.id}`} className="font-medium text-indigo-700 hover:underline">
                  {a.name}
                </Link>
              </td>
              <td className={td}>{a.am.name}</td>
              <td className={`${td} whitespace-nowrap`}>{TIER_NAME[a.client.tier]}</td>
              <td className={td}>
                <AccountStatusBadge status={a.status} />
              </td>
              <td className={`${td} text-right whitespace-nowrap tabular-nums`}>
                {formatMoney(Number(a.monthlyValue), currency)}
              </td>
              <td className={td}>{COMPLEXITY_NAME[a.complexity]}</td>
              <td className={`${td} whitespace-nowrap`}>{formatDate(a.renewalDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
