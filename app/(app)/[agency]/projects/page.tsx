import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { ExportLink } from "@/components/export/export-link";
import { PageHeader } from "@/components/layout/page-header";
import { ProjectList } from "@/components/projects/project-list-client";
import { toRowView } from "@/components/projects/row-view";
import { requireMember } from "@/lib/auth/membership";
import { withTenant } from "@/lib/db/tenant";
import { agencyCurrency, listProjects } from "@/lib/domain/projects/queries";
import { byRisk } from "@/lib/domain/projects/risk";

export const metadata: Metadata = { title: "Projects" };

type Props = {
  params: Promise<{ agency: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const tab = (current: boolean) =>
  `rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600 ${
    current ? "bg-indigo-600 text-white" : "text-slate-700 hover:bg-slate-100"
  }`;

/** All active projects, or `?mine` for the signed-in PM's own, riskiest first. */
export default async function ProjectsPage({ params, searchParams }: Props) {
  const { agency: slug } = await params;
  const member = await requireMember(slug, "portfolio:read");
  const mine = (await searchParams).mine !== undefined;
  const { agencyId } = member;
  const today = new Date();
  const { projects, currency } = await withTenant(agencyId, member.user.id, async (tx) => ({
    projects: await listProjects(tx, agencyId, mine ? { pmId: member.membershipId } : {}),
    currency: await agencyCurrency(tx, agencyId),
  }));
  const rows = byRisk(projects, today).map(({ project, risk }) => toRowView(member, project, risk, currency));
  const offTrack = projects.filter((p) => p.status === "OFF_TRACK").length;
  const atRisk = projects.filter((p) => p.status === "AT_RISK").length;
  const base = `/${member.agencySlug}/projects`;
  return (
    <>
      <PageHeader
        title={mine ? "My projects" : "Projects"}
        description={
          projects.length === 0
            ? undefined
            : `${projects.length} active ${projects.length === 1 ? "project" : "projects"}: ${offTrack} off track, ${atRisk} at risk. Riskiest first: off track, at risk, no update for over 14 days, due within 14 days.`
        }
      >
        <ExportLink slug={member.agencySlug} kind="projects" search={mine ? "mine" : ""} what="projects" />
        <nav aria-label="Which projects" className="flex gap-1 rounded-lg border border-slate-200 bg-white p-1">
          <Link href={base} className={tab(!mine)} aria-current={!mine ? "page" : undefined}>
            All projects
          </Link>
          <Link href={`${base}?mine`} className={tab(mine)} aria-current={mine ? "page" : undefined}>
            My projects
          </Link>
        </nav>
      </PageHeader>
      {rows.length === 0 ? (
        <EmptyState>
          {mine
            ? "You do not manage any active projects. Projects you are the PM of appear here."
            : "No active projects yet."}
        </EmptyState>
      ) : (
        <ProjectList slug={member.agencySlug} currency={currency} rows={rows} />
      )}
    </>
  );
}
