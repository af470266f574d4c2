import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ClientForm } from "@/components/clients/client-form-client";
import { ClientTable } from "@/components/clients/client-table";
import { CLIENT_STATUS_OPTIONS, TIER_OPTIONS } from "@/components/clients/labels";
import { ListFilters } from "@/components/clients/list-filters";
import { ExportLink, exportSearch } from "@/components/export/export-link";
import { NewItemPanel } from "@/components/clients/new-item-panel-client";
import { Pager } from "@/components/ui/pager";
import { requireMember } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { countClients, listClientsPage } from "@/lib/domain/clients/list-page";
import { clientListFilterSchema } from "@/lib/domain/clients/schemas";
import { pageRequest } from "@/lib/pagination/keyset";

export const metadata: Metadata = { title: "Clients" };

type Props = {
  params: Promise<{ agency: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Clients (archived ones hidden), searchable by name or industry, filterable by tier and status. */
export default async function ClientsPage({ params, searchParams }: Props) {
  const { agency: slug } = await params;
  const member = await requireMember(slug, "portfolio:read");
  const raw = await searchParams;
  const filter = clientListFilterSchema.parse({ q: first(raw.q), tier: first(raw.tier), status: first(raw.status) });
  const isAm = member.roles.includes("AM");
  const { page, total } = await withTenant(member.agencyId, member.user.id, async (tx) => ({
    page: await listClientsPage(tx, member.agencyId, filter, pageRequest(raw), isAm ? member.membershipId : undefined),
    total: await countClients(tx, member.agencyId, filter),
  }));
  const base = `/${member.agencySlug}/clients`;
  const filtered = Boolean(filter.q || filter.tier || filter.status);
  const noun = total === 1 ? "client" : "clients";
  return (
    <>
      <PageHeader
        title="Clients"
        description={
          <>
            {total} {filtered ? `matching ${noun}` : noun}.{isAm ? " Clients you manage accounts of come first." : ""}
          </>
        }
      >
        <ExportLink
          slug={member.agencySlug}
          kind="clients"
          search={exportSearch({ q: filter.q, tier: filter.tier, status: filter.status })}
          what="the clients listed"
        />
      </PageHeader>
      {can(member.roles, "accounts:write") && (
        <NewItemPanel label="New client">
          <ClientForm slug={member.agencySlug} />
        </NewItemPanel>
      )}
      <ListFilters
        action={base}
        label="Search clients"
        searchLabel="Search name or industry"
        values={{ q: filter.q, tier: filter.tier, status: filter.status }}
        selects={[
          { name: "tier", label: "Tier", placeholder: "Any tier", options: TIER_OPTIONS },
          { name: "status", label: "Status", placeholder: "Any status", options: CLIENT_STATUS_OPTIONS },
        ]}
      />
      <ClientTable
        slug={member.agencySlug}
        clients={page.items}
        filtered={filtered}
        importHref={can(member.roles, "import:run") ? `/${member.agencySlug}/import` : null}
      />
      <Pager base={base} search={raw} page={page} total={total} noun={["client", "clients"]} label="Client pages" />
    </>
  );
}
