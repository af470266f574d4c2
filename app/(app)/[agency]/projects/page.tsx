import type { Metadata } from "next";
import { ExportLink } from "@/components/export/export-link";
import { PageHeader } from "@/components/layout/page-header";
import { PageViewToggle } from "@/components/ui/page-view-toggle";
import { ProjectList } from "@/components/projects/project-list-client";
import { toRowView } from "@/components/projects/row-view";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { openAgencyPage, type AgencyPageProps } from "@/lib/auth/agency-page";
import { withTenant } from "@/lib/db/tenant";
import { countProjects, listProjectsPage } from "@/lib/domain/projects/list-page";
import { agencyCurrency } from "@/lib/domain/projects/queries";
import { projectRisk } from "@/lib/domain/projects/risk";
import { pageRequest } from "@/lib/pagination/keyset";
import { formatCount } from "@/lib/domain/portfolio/text";

export const metadata: Metadata = { title: "Projects" };

/** All active projects, or `?mine` for the signed-in PM's own, riskiest first; one page at a time. */
export default async function ProjectsPage(props: AgencyPageProps) {
  const { member, search } = await openAgencyPage(props, "portfolio:read");
  const mine = search.mine !== undefined;
  const { agencyId } = member;
  const today = new Date();
  const filter = mine ? { pmId: member.membershipId } : {};
  const { page, counts, currency } = await withTenant(agencyId, member.user.id, async (tx) => ({
    page: await listProjectsPage(tx, agencyId, filter, pageRequest(search), today),
    counts: await countProjects(tx, agencyId, filter),
    currency: await agencyCurrency(tx, agencyId),
  }));
  const rows = page.items.map((project) => toRowView(member, project, projectRisk(project, today), currency));
  const { total, offTrack, atRisk } = counts;
  const base = `/${member.agencySlug}/projects`;
  return (
    <>
      <PageHeader
        title={mine ? "My projects" : "Projects"}
        description={
          total === 0
            ? undefined
            : `${formatCount(total)} active ${total === 1 ? "project" : "projects"}: ${formatCount(offTrack)} off track, ${formatCount(atRisk)} at risk. Riskiest first: off track, at risk, no update for over 14 days, due within 14 days.`
        }
      >
        <ExportLink slug={member.agencySlug} kind="projects" search={mine ? "mine" : ""} what="projects" />
        <PageViewToggle
          label="Which projects"
          base={base}
          flag="mine"
          on={mine}
          views={["All projects", "My projects"]}
        />
      </PageHeader>
      {total === 0 ? (
        <EmptyState>
          {mine
            ? "You do not manage any active projects. Projects you are the PM of appear here."
            : "No active projects yet. Leaders create projects from an account's page."}
        </EmptyState>
      ) : (
        <>
          <ProjectList slug={member.agencySlug} currency={currency} rows={rows} />
          <Pager base={base} search={search} page={page} total={total} noun="project" />
        </>
      )}
    </>
  );
}
