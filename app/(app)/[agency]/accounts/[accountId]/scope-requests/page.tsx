import type { Metadata } from "next";
import { ACCOUNT_LOGS, AccountLog, logRequest, type AccountLogPageProps } from "@/components/commercial/account-log";
import { loadAccountLog } from "@/lib/domain/portfolio/account-page";
import { ScopeRequestTable } from "@/components/commercial/log-lists";
import { LOG_PAGE_SIZE, scopeRequestsPage } from "@/lib/domain/commercial/log-pages";
import { pageRequest } from "@/lib/pagination/keyset";

export const metadata: Metadata = { title: ACCOUNT_LOGS["scope-requests"].title };

/** Every scope request of one account, newest first, a page at a time. */
export default async function ScopeRequestsPage(props: AccountLogPageProps) {
  const { agency, accountId, search } = await logRequest(props);
  const { member, account, rows } = await loadAccountLog(agency, accountId, "scope-requests", (tx, m) =>
    scopeRequestsPage(tx, m.agencyId, accountId, pageRequest(search, LOG_PAGE_SIZE)),
  );
  return (
    <AccountLog slug={member.agencySlug} account={account} kind="scope-requests" page={rows} search={search}>
      <ScopeRequestTable requests={rows.items} caption={`Scope requests of ${account.client.name} · ${account.name}`} />
    </AccountLog>
  );
}
