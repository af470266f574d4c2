import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { AccountStatusBadge } from "@/components/drilldown/badges";
import { EmptyState } from "@/components/ui/empty-state";
import { HeaderRow, numeric } from "@/components/ui/table";
import { COMPLEXITY_NAME, formatDate } from "@/components/drilldown/format";
import { TIER_LABEL, formatMoney } from "@/components/portfolio/labels";
import type { AccountListItem } from "@/lib/domain/accounts/queries";

const td = "block md:table-cell md:px-3 md:py-2.5 md:align-top";
const COLUMNS = ["Client", "Account", "AM", "Tier", "Status", "Monthly value", "Complexity", "Renewal"];

/** Accounts as a table on wide screens and as stacked cards on phones (same markup, CSS only, like members). */
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
    <table className="block w-full text-sm md:table">
      <caption className="sr-only">Accounts with client, AM, tier, status, monthly value, complexity, renewal</caption>
      <HeaderRow
        look="caps"
        className="hidden border-b border-slate-200 md:table-header-group"
        cells={COLUMNS.map((h) => (h === "Monthly value" ? numeric(h) : h))}
      />
      <tbody className="block divide-y divide-slate-100 md:table-row-group">
        {accounts.map((a) => (
          <tr key={a.id} data-testid="account-row" className="grid grid-cols-2 gap-x-4 gap-y-1 py-3 md:table-row">
            <td className={`${td} col-span-2`}>
              <Link href={`/${slug}/clients/${a.client.id}`} className="text-slate-800 hover:underline">
                {a.client.name}
              </Link>
            </td>
            <td className={`${td} col-span-2`}>
              <Link href={`/${slug}/accounts/${a.id}`} className="font-medium text-indigo-700 hover:underline">
                {a.name}
              </Link>
            </td>
            <Cell label="AM">{a.am.name}</Cell>
            <Cell label="Tier" className="whitespace-nowrap">
              {TIER_LABEL[a.client.tier]}
            </Cell>
            <Cell label="Status">
              <AccountStatusBadge status={a.status} />
            </Cell>
            <Cell label="Monthly value" className="whitespace-nowrap tabular-nums md:text-right">
              {formatMoney(Number(a.monthlyValue), currency)}
            </Cell>
            <Cell label="Complexity">{COMPLEXITY_NAME[a.complexity]}</Cell>
            <Cell label="Renewal" className="whitespace-nowrap">
              {formatDate(a.renewalDate)}
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A cell that, on phones (rows as cards), names its column before the value. */
function Cell({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <td className={`${td} ${className}`}>
      <span className="mr-1 text-xs text-slate-500 md:hidden">{label}:</span>
      {children}
    </td>
  );
}
