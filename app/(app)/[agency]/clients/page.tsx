import type { Metadata } from "next";
import { ClientForm } from "@/components/clients/client-form-client";
import { ClientTable } from "@/components/clients/client-table";
import { CLIENT_STATUS_OPTIONS, TIER_OPTIONS } from "@/components/clients/labels";
import { ListFilters } from "@/components/clients/list-filters";
import { NewItemPanel } from "@/components/clients/new-item-panel-client";
import { ExportLink, exportSearch } from "@/components/export/export-link";
import { PageHeader } from "@/components/layout/page-header";
import { Pager } from "@/components/ui/pager";
import { openAgencyPage, type AgencyPageProps } from "@/lib/auth/agency-page";
import { can } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { countClients, listClientsPage } from "@/lib/domain/clients/list-page";
import { clientListFilterSchema } from "@/lib/domain/clients/schemas";
import { pageRequest } from "@/lib/pagination/keyset";
import { firstParam } from "@/lib/server/search-params";

export const metadata: Metadata = { title: "Clients" };

/** Clients (archived ones hidden), searchable by name or industry, filterable by tier and status. */
export default async function ClientsPage(props: AgencyPageProps) {
  const { member, search: raw } = await openAgencyPage(props, "portfolio:read");
  const filter = clientListFilterSchema.parse({
    q: firstParam(raw.q),
    tier: firstParam(raw.tier),
    status: firstParam(raw.status),
  });
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
      <Pager base={base} search={raw} page={page} total={total} noun="client" />
    </>
  );
}
