import type { Metadata } from "next";
import Link from "next/link";
import { AuditFiltersForm } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { PageHeader } from "@/components/layout/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireMember } from "@/lib/auth/membership";
import { withTenant } from "@/lib/db/tenant";
import { auditQuery, parseAuditFilters } from "@/lib/domain/audit/filters";
import { AUDIT_PAGE_SIZE, auditFilterOptions, listAuditEvents } from "@/lib/domain/audit/queries";

export const metadata: Metadata = { title: "Audit log" };

type Props = {
  params: Promise<{ agency: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AuditPage({ params, searchParams }: Props) {
  const { agency: slug } = await params;
  const member = await requireMember(slug, "audit:read");
  const { agencyId } = member;
  const filters = parseAuditFilters(await searchParams);
  const { page, options } = await withTenant(agencyId, member.user.id, async (tx) => ({
    page: await listAuditEvents(tx, agencyId, filters),
    options: await auditFilterOptions(tx, agencyId),
  }));
  const base = `/${member.agencySlug}/audit`;
  const { before, ...withoutCursor } = filters;
  const filtered = Object.keys(withoutCursor).length > 0;
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change to members, settings and client data, with who made it and what changed."
      />
      <Card className="mb-6">
        <AuditFiltersForm filters={withoutCursor} options={options} resetHref={base} />
      </Card>
      <Card>
        {page.events.length === 0 ? (
          <p className="py-6 text-center text-sm text-slate-600">
            {filtered || before ? "No events match these filters." : "No events recorded yet."}
          </p>
        ) : (
          <AuditTable events={page.events} />
        )}
        <nav
          aria-label="Audit log pages"
          className="mt-4 flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 pt-4"
        >
          <p className="text-xs text-slate-500">
            {page.events.length} {page.events.length === 1 ? "event" : "events"} shown, {AUDIT_PAGE_SIZE} per page
          </p>
          <div className="flex gap-2">
            {before && (
              <Link href={`${base}${auditQuery(withoutCursor)}`} className={buttonClass("secondary")}>
                Newest
              </Link>
            )}
            {page.olderCursor && (
              <Link
                href={`${base}${auditQuery({ ...withoutCursor, before: page.olderCursor })}`}
                className={buttonClass("secondary")}
              >
                Older events
              </Link>
            )}
          </div>
        </nav>
      </Card>
    </>
  );
}
