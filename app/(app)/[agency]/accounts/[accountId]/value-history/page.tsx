import type { Metadata } from "next";
import { ACCOUNT_LOGS, AccountLog, logRequest, type AccountLogPageProps } from "@/components/commercial/account-log";
import { loadAccountLog } from "@/lib/domain/portfolio/account-page";
import { ValueChangeList } from "@/components/commercial/log-lists";
import { mayWriteCommercial } from "@/lib/domain/commercial/access";
import { LOG_PAGE_SIZE, valueChangesPage } from "@/lib/domain/commercial/log-pages";
import { readWonOpportunities } from "@/lib/domain/commercial/queries";
import { agencyCurrency } from "@/lib/domain/projects/queries";
import { pageRequest } from "@/lib/pagination/keyset";

export const metadata: Metadata = { title: ACCOUNT_LOGS["value-history"].title };

/** Every dated change of one account's monthly value or owner, newest first, a page at a time. */
export default async function ValueHistoryPage(props: AccountLogPageProps) {
  const { agency, accountId, search } = await logRequest(props);
  const { member, account, rows } = await loadAccountLog(agency, accountId, "value-history", async (tx, m) => ({
    page: await valueChangesPage(tx, m.agencyId, accountId, pageRequest(search, LOG_PAGE_SIZE)),
    won: await readWonOpportunities(tx, m.agencyId, accountId),
    currency: await agencyCurrency(tx, m.agencyId),
  }));
  const writable = !account.archivedAt && mayWriteCommercial(member, account.am.id);
  return (
    <AccountLog slug={member.agencySlug} account={account} kind="value-history" page={rows.page} search={search}>
      <ValueChangeList
        slug={member.agencySlug}
        changes={rows.page.items}
        currency={rows.currency}
        linkOptions={writable ? rows.won : []}
      />
    </AccountLog>
  );
}
