import Link from "@/components/ui/link";
import { EmptyState, TableScroll } from "@/components/ui/empty-state";
import { HeaderRow, numeric, rowLink } from "@/components/ui/table";
import { formatDate } from "@/components/drilldown/format";
import { TIER_LABEL } from "@/components/portfolio/labels";
import { Badge } from "@/components/ui/badge";
import type { ClientListItem } from "@/lib/domain/clients/queries";
import { CLIENT_STATUS_LABEL } from "./labels";

const td = "px-3 py-2.5 align-top";

export function ClientTable({
  slug,
  clients,
  filtered,
  importHref = null,
}: {
  slug: string;
  clients: ClientListItem[];
  filtered: boolean;
  /** The import page, for members who may import (the empty state links to it). */
  importHref?: string | null;
}) {
  if (clients.length === 0) {
    if (filtered || !importHref) {
      return <EmptyState>{filtered ? "No clients match these filters." : "No clients yet."}</EmptyState>;
    }
    return (
      <EmptyState>
        No clients yet.{" "}
        <Link href={importHref} className="font-medium text-indigo-700 hover:underline">
          Import clients and accounts from a spreadsheet
        </Link>{" "}
        or add one with “New client”.
      </EmptyState>
    );
  }
  return (
    <TableScroll label="Clients">
      <table className="w-full min-w-[40rem] text-sm">
        <caption className="sr-only">Clients, with their tier, status and counts of open accounts and contacts</caption>
        <HeaderRow
          look="caps"
          className="border-b border-slate-200"
          cells={["Client", "Tier", "Status", numeric("Accounts"), numeric("Contacts"), "Client since"]}
        />
        <tbody className="divide-y divide-slate-100">
          {clients.map((c) => {
            const [statusLabel, tone] = CLIENT_STATUS_LABEL[c.status]!;
            return (
              <tr key={c.id} data-testid="client-row">
                <td className={td}>
                  <Link href={`/${slug}/clients/${c.id}`} className={rowLink}>
                    {c.name}
                  </Link>
                  {c.mine && (
                    <span className="ml-2">
                      <Badge tone="indigo">Yours</Badge>
                    </span>
                  )}
                  {c.industry && <p className="text-xs text-slate-500">{c.industry}</p>}
                </td>
                <td className={`${td} whitespace-nowrap`}>{TIER_LABEL[c.tier]}</td>
                <td className={td}>
                  <Badge tone={tone}>{statusLabel}</Badge>
                </td>
                <td className={`${td} text-right tabular-nums`}>{c.accountCount}</td>
                <td className={`${td} text-right tabular-nums`}>{c.contactCount}</td>
                <td className={`${td} whitespace-nowrap`}>{formatDate(c.clientSince)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
