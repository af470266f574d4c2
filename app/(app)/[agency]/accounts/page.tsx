import type { Metadata } from "next";
import { AccountFilters, AccountsHeader, NewAccountPanel } from "@/components/accounts/accounts-page-sections";
import { AccountTable } from "@/components/accounts/account-table";
import { Pager } from "@/components/ui/pager";
import { requireMember } from "@/lib/auth/membership";
import { loadAccountList } from "@/lib/domain/accounts/list-view";

export const metadata: Metadata = { title: "Accounts" };

type Props = {
  params: Promise<{ agency: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Open accounts: AMs land on their own book, one tab from all; search and filters by tier, status and AM. */
export default async function AccountsPage({ params, searchParams }: Props) {
  const { agency } = await params;
  const member = await requireMember(agency, "portfolio:read");
  const raw = await searchParams;
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
