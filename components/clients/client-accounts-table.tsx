import Link from "@/components/ui/link";
import { AccountStatusBadge } from "@/components/drilldown/badges";
import { EmptyState, TableScroll } from "@/components/ui/empty-state";
import { HeaderRow, numeric } from "@/components/ui/table";
import { KIND_NAME, formatDate } from "@/components/drilldown/format";
import { formatMoney } from "@/components/portfolio/labels";
import { Badge } from "@/components/ui/badge";
import type { ClientAccount } from "@/lib/domain/clients/queries";

const td = "px-3 py-2.5 align-top";

/** A client's accounts, open ones first; archived ones stay listed (greyed) because their history does. */
export function ClientAccountsTable({
  slug,
  accounts,
  currency,
}: {
  slug: string;
  accounts: ClientAccount[];
  currency: string;
}) {
  if (accounts.length === 0) return <EmptyState>No accounts for this client yet.</EmptyState>;
  return (
    <TableScroll label="Accounts of this client">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">Accounts of this client with their AM, status, monthly value and renewal</caption>
        <HeaderRow
          look="caps"
          className="border-b border-slate-200"
          cells={["Account", "AM", "Status", numeric("Monthly value"), "Renewal"]}
        />
        <tbody className="divide-y divide-slate-100">
          {accounts.map((a) => (
            <tr key={a.id} className={a.archivedAt ? "text-slate-500" : undefined}>
              <td className={td}>
                <Link href={`/${slug}/accounts/${a.id}`} className="font-medium text-indigo-700 hover:underline">
                  {a.name}
                </Link>
                <span className="ml-2 text-xs text-slate-500">{KIND_NAME[a.kind]}</span>
                {a.archivedAt && (
                  <span className="ml-2">
                    <Badge tone="amber">Archived</Badge>
                  </span>
                )}
              </td>
              <td className={td}>{a.am.name}</td>
              <td className={td}>
                <AccountStatusBadge status={a.status} />
              </td>
              <td className={`${td} text-right tabular-nums`}>{formatMoney(Number(a.monthlyValue), currency)}</td>
              <td className={`${td} whitespace-nowrap`}>{formatDate(a.renewalDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
