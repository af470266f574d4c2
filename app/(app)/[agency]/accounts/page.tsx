import type { Metadata } from "next";
import { AccountFilters, AccountsHeader, NewAccountPanel } from "@/components/accounts/accounts-page-sections";
import { AccountTable } from "@/components/accounts/account-table";
import { Pager } from "@/components/ui/pager";
import { openAgencyPage, type AgencyPageProps } from "@/lib/auth/agency-page";
import { loadAccountList } from "@/lib/domain/accounts/list-view";

export const metadata: Metadata = { title: "Accounts" };

/** Open accounts: AMs land on their own book, one tab from all; search and filters by tier, status and AM. */
export default async function AccountsPage(props: AgencyPageProps) {
  const { member, search: raw } = await openAgencyPage(props, "portfolio:read");
  const list = await loadAccountList(member, raw);
  const slug = member.agencySlug;
  const empty = list.filtered
    ? "No accounts match these filters."
    : list.view === "mine"
      ? "You do not own any open accounts yet."
      : "No accounts yet.";
  return (
    <>
      <AccountsHeader slug={slug} list={list} />
      <NewAccountPanel slug={slug} list={list} />
      <AccountFilters slug={slug} list={list} />
      <AccountTable slug={slug} accounts={list.page.items} currency={list.currency} empty={empty} />
      <Pager
        base={`/${slug}/accounts`}
        search={raw}
        page={list.page}
        total={list.count}
        noun={["account", "accounts"]}
        label="Account pages"
      />
    </>
  );
}
