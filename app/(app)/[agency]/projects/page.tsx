import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { ExportLink } from "@/components/export/export-link";
import { PageHeader } from "@/components/layout/page-header";
import { ProjectList } from "@/components/projects/project-list-client";
import { toRowView } from "@/components/projects/row-view";
import { Pager } from "@/components/ui/pager";
import { requireMember } from "@/lib/auth/membership";
import { withTenant } from "@/lib/db/tenant";
import { countProjects, listProjectsPage } from "@/lib/domain/projects/list-page";
import { agencyCurrency } from "@/lib/domain/projects/queries";
import { projectRisk } from "@/lib/domain/projects/risk";
import { pageRequest } from "@/lib/pagination/keyset";

export const metadata: Metadata = { title: "Projects" };

type Props = {
  params: Promise<{ agency: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const tab = (current: boolean) =>
  `rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600 ${
    current ? "bg-indigo-600 text-white" : "text-slate-700 hover:bg-slate-100"
  }`;

/** All active projects, or `?mine` for the signed-in PM's own, riskiest first; one page at a time. */
export default async function ProjectsPage({ params, searchParams }: Props) {
  const { agency: slug } = await params;
  const member = await requireMember(slug, "portfolio:read");
  const search = await searchParams;
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
            : `${total} active ${total === 1 ? "project" : "projects"}: ${offTrack} off track, ${atRisk} at risk. Riskiest first: off track, at risk, no update for over 14 days, due within 14 days.`
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
      {total === 0 ? (
        <EmptyState>
          {mine
            ? "You do not manage any active projects. Projects you are the PM of appear here."
            : "No active projects yet. Leaders create projects from an account's page."}
        </EmptyState>
      ) : (
        <>
          <ProjectList slug={member.agencySlug} currency={currency} rows={rows} />
          <Pager
            base={base}
            search={search}
            page={page}
            total={total}
            noun={["project", "projects"]}
            label="Project pages"
          />
        </>
      )}
    </>
  );
}
