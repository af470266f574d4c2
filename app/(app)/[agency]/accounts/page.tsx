import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AccountForm } from "@/components/accounts/account-form-client";
import { AccountTable } from "@/components/accounts/account-table";
import { ACCOUNT_STATUS_OPTIONS, TIER_OPTIONS } from "@/components/clients/labels";
import { ListFilters } from "@/components/clients/list-filters";
import { NewItemPanel } from "@/components/clients/new-item-panel-client";
import { ExportLink, exportSearch } from "@/components/export/export-link";
import { PageHeader } from "@/components/layout/page-header";
import { Pager } from "@/components/ui/pager";
import { requireMember } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { resolveAccountView } from "@/lib/domain/accounts/list-filter";
import { countAccounts, listAccountsPage } from "@/lib/domain/accounts/list-page";
import { CLIENT_PICKER_LIMIT, listAccountManagers, listClientOptions } from "@/lib/domain/accounts/queries";
import { accountListFilterSchema } from "@/lib/domain/accounts/schemas";
import { agencyCurrency } from "@/lib/domain/projects/queries";
import { pageRequest } from "@/lib/pagination/keyset";

export const metadata: Metadata = { title: "Accounts" };

type Props = {
  params: Promise<{ agency: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Above this many AMs and clients to pick from, the new-account form is rendered only on request. */
const LARGE_PICKERS = 150;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const tab = (current: boolean) =>
  `rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600 ${
    current ? "bg-indigo-600 text-white" : "text-slate-700 hover:bg-slate-100"
  }`;

/** Open accounts: AMs land on their own book, one tab from all; search and filters by tier, status and AM. */
export default async function AccountsPage({ params, searchParams }: Props) {
  const { agency: slug } = await params;
  const member = await requireMember(slug, "portfolio:read");
  const raw = await searchParams;
  const filter = accountListFilterSchema.parse({
    q: first(raw.q),
    tier: first(raw.tier),
    status: first(raw.status),
    am: first(raw.am),
    view: first(raw.view),
  });
  // "New account" for a given client (the link on a client's page) opens the form with that client chosen.
  const forClient = z.uuid().safeParse(first(raw.client)).data;
  const isAm = member.roles.includes("AM");
  const { view, query } = resolveAccountView(filter, { isAm, membershipId: member.membershipId });
  const mayCreate = can(member.roles, "accounts:write");
  // The form's pickers hold every AM and up to 200 clients: a large agency renders it only when asked (`?new`).
  const formAsked = raw.new !== undefined || forClient !== undefined;
  const { agencyId } = member;
  const data = await withTenant(agencyId, member.user.id, async (tx) => ({
    page: await listAccountsPage(tx, agencyId, query, pageRequest(raw)),
    count: await countAccounts(tx, agencyId, query),
    ams: await listAccountManagers(tx, agencyId),
    clients: mayCreate ? await listClientOptions(tx, agencyId, forClient) : [],
    currency: await agencyCurrency(tx, agencyId),
  }));
  const base = `/${member.agencySlug}/accounts`;
  const filtered = Boolean(query.q || query.tier || query.status || (view === "all" && query.amId));
  const { count } = data;
  return (
    <>
      <PageHeader
        title={view === "mine" ? "My book" : "Accounts"}
        description={`${count} open ${count === 1 ? "account" : "accounts"}${
          filtered ? " matching" : ""
        }. Archived accounts are not listed.`}
      >
        <div className="flex flex-wrap items-center gap-3">
          {isAm && (
            <nav aria-label="Whose accounts" className="flex gap-1 rounded-lg border border-slate-200 bg-white p-1">
              <Link href={base} className={tab(view === "mine")} aria-current={view === "mine" ? "page" : undefined}>
                My book
              </Link>
              <Link
                href={`${base}?view=all`}
                className={tab(view === "all")}
                aria-current={view === "all" ? "page" : undefined}
              >
                All accounts
              </Link>
            </nav>
          )}
          <ExportLink
            slug={member.agencySlug}
            kind="accounts"
            search={exportSearch({ q: query.q, tier: query.tier, status: query.status, amId: query.amId })}
            what="the accounts listed"
          />
        </div>
      </PageHeader>
      {mayCreate && (
        <NewItemPanel label="New account" defaultOpen={formAsked}>
          {data.ams.length + data.clients.length > LARGE_PICKERS && !formAsked ? (
            <Link href={`${base}?new`} className="text-sm font-medium text-indigo-700 underline underline-offset-2">
              Open the new-account form
            </Link>
          ) : data.clients.length === 0 ? (
            <p className="text-sm text-slate-600">
              Create a client first: <Link href={`/${member.agencySlug}/clients`}>Clients</Link>.
            </p>
          ) : (
            <>
              {data.clients.length >= CLIENT_PICKER_LIMIT && (
                <p className="mb-3 text-sm text-slate-600">
                  The first {CLIENT_PICKER_LIMIT} clients by name are offered here; for another client, choose “New
                  account” on <Link href={`/${member.agencySlug}/clients`}>its page</Link>.
                </p>
              )}
              <AccountForm
                slug={member.agencySlug}
                currency={data.currency}
                clients={data.clients}
                ams={data.ams}
                defaultClientId={data.clients.some((c) => c.id === forClient) ? forClient : undefined}
              />
            </>
          )}
        </NewItemPanel>
      )}
      <ListFilters
        action={base}
        label="Search accounts"
        searchLabel="Search account or client"
        values={{ q: query.q, tier: query.tier, status: query.status, ...(view === "all" ? { am: filter.am } : {}) }}
        hidden={isAm && view === "all" ? { view: "all" } : {}}
        selects={[
          { name: "tier", label: "Tier", placeholder: "Any tier", options: TIER_OPTIONS },
          { name: "status", label: "Status", placeholder: "Any status", options: ACCOUNT_STATUS_OPTIONS },
          ...(view === "all"
            ? [
                {
                  name: "am",
                  label: "Account manager",
                  placeholder: "Any AM",
                  options: data.ams.map((m) => ({ value: m.id, label: m.name })),
                },
              ]
            : []),
        ]}
      />
      <AccountTable
        slug={member.agencySlug}
        accounts={data.page.items}
        currency={data.currency}
        empty={
          filtered
            ? "No accounts match these filters."
            : view === "mine"
              ? "You do not own any open accounts yet."
              : "No accounts yet."
        }
      />
      <Pager
        base={base}
        search={raw}
        page={data.page}
        total={count}
        noun={["account", "accounts"]}
        label="Account pages"
      />
    </>
  );
}
