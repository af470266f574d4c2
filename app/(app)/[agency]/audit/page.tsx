import type { Metadata } from "next";
import { AuditFiltersForm } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { openAgencyPage, type AgencyPageProps } from "@/lib/auth/agency-page";
import { withTenant } from "@/lib/db/tenant";
import { parseAuditFilters } from "@/lib/domain/audit/filters";
import { auditFilterOptions, listAuditEvents } from "@/lib/domain/audit/queries";
import { pageRequest } from "@/lib/pagination/keyset";

export const metadata: Metadata = { title: "Audit log" };

/** The agency's audit log, newest first, filtered by the form's GET parameters, one page at a time. */
export default async function AuditPage(props: AgencyPageProps) {
  const { member, search } = await openAgencyPage(props, "audit:read");
  const { agencyId } = member;
  const filters = parseAuditFilters(search);
  const { page, options, zone } = await withTenant(agencyId, member.user.id, async (tx) => ({
    page: await listAuditEvents(tx, agencyId, filters, pageRequest(search)),
    options: await auditFilterOptions(tx, agencyId),
    zone: await tx.agency.findFirst({ where: { id: agencyId }, select: { timeZone: true } }),
  }));
  const base = `/${member.agencySlug}/audit`;
  const filtered = Object.keys(filters).length > 0;
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change to members, settings and client data, with who made it and what changed."
      />
      <Card className="mb-6">
        <AuditFiltersForm filters={filters} options={options} resetHref={base} />
      </Card>
      <Card>
        {page.items.length === 0 ? (
          <p className="py-6 text-center text-sm text-slate-600">
            {filtered ? "No events match these filters." : "No events recorded yet."}
          </p>
        ) : (
          <AuditTable events={page.items} timeZone={zone?.timeZone} />
        )}
        <Pager base={base} search={search} page={page} noun="event" label="Audit log pages" />
      </Card>
    </>
  );
}
