import Link from "@/components/ui/link";
import { AccountForm } from "@/components/accounts/account-form-client";
import { ACCOUNT_STATUS_OPTIONS, TIER_OPTIONS } from "@/components/clients/labels";
import { ListFilters } from "@/components/clients/list-filters";
import { NewItemPanel } from "@/components/clients/new-item-panel-client";
import { ExportLink, exportSearch } from "@/components/export/export-link";
import { PageHeader } from "@/components/layout/page-header";
import type { AccountList } from "@/lib/domain/accounts/list-view";
import { CLIENT_PICKER_LIMIT } from "@/lib/domain/accounts/queries";
import { formatCount } from "@/lib/domain/portfolio/text";

/** Above this many AMs and clients to pick from, the new-account form is rendered only on request. */
const LARGE_PICKERS = 150;

const tab = (current: boolean) =>
  `rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600 ${
    current ? "bg-indigo-600 text-white" : "text-slate-700 hover:bg-slate-100"
  }`;

type SectionProps = { slug: string; list: AccountList };

/** The title and count, the "My book" / "All accounts" tabs for AMs, and the export of what is listed. */
export function AccountsHeader({ slug, list }: SectionProps) {
  const { view, query, count } = list;
  const base = `/${slug}/accounts`;
  return (
    <PageHeader
      title={view === "mine" ? "My book" : "Accounts"}
      description={`${formatCount(count)} open ${count === 1 ? "account" : "accounts"}${
        list.filtered ? " matching" : ""
      }. Archived accounts are not listed.`}
    >
      <div className="flex flex-wrap items-center gap-3">
        {list.isAm && (
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
          slug={slug}
          kind="accounts"
          search={exportSearch({ q: query.q, tier: query.tier, status: query.status, amId: query.amId })}
          what="the accounts listed"
        />
      </div>
    </PageHeader>
  );
}

/** "New account", for members who may create one; large agencies open the form on request. */
export function NewAccountPanel({ slug, list }: SectionProps) {
  const { ams, clients, formAsked, forClient } = list;
  if (!list.mayCreate) return null;
  return (
    <NewItemPanel label="New account" defaultOpen={formAsked}>
      {ams.length + clients.length > LARGE_PICKERS && !formAsked ? (
        <Link
          href={`/${slug}/accounts?new`}
          className="text-sm font-medium text-indigo-700 underline underline-offset-2"
        >
          Open the new-account form
        </Link>
      ) : clients.length === 0 ? (
        <p className="text-sm text-slate-600">
          Create a client first: <Link href={`/${slug}/clients`}>Clients</Link>.
        </p>
      ) : (
        <>
          {clients.length >= CLIENT_PICKER_LIMIT && (
            <p className="mb-3 text-sm text-slate-600">
              The first {CLIENT_PICKER_LIMIT} clients by name are offered here; for another client, choose “New account”
              on <Link href={`/${slug}/clients`}>its page</Link>.
            </p>
          )}
          <AccountForm
            slug={slug}
            currency={list.currency}
            clients={clients}
            ams={ams}
            defaultClientId={clients.some((c) => c.id === forClient) ? forClient : undefined}
          />
        </>
      )}
    </NewItemPanel>
  );
}

/** Search, tier and status for everyone; the AM picker only on "All accounts". */
export function AccountFilters({ slug, list }: SectionProps) {
  const { view, query } = list;
  return (
    <ListFilters
      action={`/${slug}/accounts`}
      label="Search accounts"
      searchLabel="Search account or client"
      values={{ q: query.q, tier: query.tier, status: query.status, ...(view === "all" ? { am: list.filter.am } : {}) }}
      hidden={list.isAm && view === "all" ? { view: "all" } : {}}
      selects={[
        { name: "tier", label: "Tier", placeholder: "Any tier", options: TIER_OPTIONS },
        { name: "status", label: "Status", placeholder: "Any status", options: ACCOUNT_STATUS_OPTIONS },
        ...(view === "all"
          ? [
              {
                name: "am",
                label: "Account manager",
                placeholder: "Any AM",
                options: list.ams.map((m) => ({ value: m.id, label: m.name })),
              },
            ]
          : []),
      ]}
    />
  );
}
