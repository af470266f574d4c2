import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { cache } from "react";
import { ProjectStatusBadge } from "@/components/drilldown/badges";
import { Breadcrumbs } from "@/components/drilldown/breadcrumbs";
import { formatDate } from "@/components/drilldown/format";
import { formatMoney } from "@/components/portfolio/labels";
import { BurnVsProgress } from "@/components/projects/burn-bar";
import { HistoryTimeline } from "@/components/projects/history-timeline";
import { ProjectDetailsForm } from "@/components/projects/project-details-form-client";
import { StatusForm } from "@/components/projects/status-form-client";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { archiveProject } from "@/lib/actions/projects";
import type { AgencyPageProps } from "@/lib/auth/agency-page";
import { notFoundLogged, requireMember } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { toIsoDate } from "@/lib/format/dates";
import { pageRequest } from "@/lib/pagination/keyset";
import { firstParam } from "@/lib/server/search-params";
import { isUuid } from "@/lib/uuid";
import { mayWriteProject } from "@/lib/domain/projects/access";
import {
  agencyCurrency,
  getProject,
  HISTORY_PAGE_SIZE,
  listProjectManagers,
  readProjectHistoryPage,
} from "@/lib/domain/projects/queries";
import { projectRisk } from "@/lib/domain/projects/risk";

type Props = AgencyPageProps<{ projectId: string }>;

/** One request, one load: generateMetadata and the page share it (the history cursor is part of the key). */
const load = cache(async (slug: string, projectId: string, after?: string, before?: string) => {
  const member = await requireMember(slug, "portfolio:read");
  const target = `/${slug}/projects/${projectId}`;
  if (!isUuid(projectId)) return notFoundLogged(member, target);
  const { agencyId } = member;
  const loaded = await withTenant(agencyId, member.user.id, async (tx) => {
    const project = await getProject(tx, agencyId, projectId);
    if (!project) return null; // not in this agency, or archived: nothing else to read
    return {
      project,
      currency: await agencyCurrency(tx, agencyId),
      managers: await listProjectManagers(tx, agencyId),
      history: await readProjectHistoryPage(tx, agencyId, projectId, pageRequest({ after, before }, HISTORY_PAGE_SIZE)),
    };
  });
  if (!loaded) return notFoundLogged(member, target);
  return { member, ...loaded };
});

/** The history page this address asks for (a malformed cursor starts at the newest). */
async function loadFor({ params, searchParams }: Props) {
  const { agency, projectId } = await params;
  const search = await searchParams;
  return { search, ...(await load(agency, projectId, firstParam(search.after), firstParam(search.before))) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { project } = await loadFor(props);
  return { title: project.name };
}

/** One project: where it stands, a status update form for its PM or a leader, and its history a page at a time. */
export default async function ProjectPage(props: Props) {
  const { member, project, currency, managers, history, search } = await loadFor(props);
  const base = `/${member.agencySlug}`;
  const risk = projectRisk(project, new Date());
  const canWrite = mayWriteProject(member, project.pm.id);
  const isLeader = can(member.roles, "projects:write");
  return (
    <>
      <Breadcrumbs items={[{ label: "Projects", href: `${base}/projects` }, { label: project.name }]} />
      <div className="mb-6">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{project.name}</h1>
          <ProjectStatusBadge status={project.status} />
          {risk.reason && (risk.kind === "stale" || risk.kind === "due_soon") && (
            <Badge tone={risk.kind === "stale" ? "amber" : "indigo"}>{risk.reason}</Badge>
          )}
        </div>
        <p className="mt-1 text-sm text-slate-600">
          <Link
            href={`${base}/accounts/${project.account.id}`}
            className="text-indigo-700 underline underline-offset-2"
          >
            {project.account.clientName} · {project.account.name}
          </Link>{" "}
          · PM {project.pm.name} · {formatDate(project.startDate)} – {formatDate(project.dueDate)}
        </p>
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
        <div className="space-y-6">
          <Card title="Budget and progress" id="burn">
            <BurnVsProgress
              percentComplete={project.percentComplete}
              spent={Number(project.spent)}
              budget={Number(project.budget)}
              spentLabel={formatMoney(Number(project.spent), currency)}
              budgetLabel={formatMoney(Number(project.budget), currency)}
            />
          </Card>
          {canWrite ? (
            <Card title="Update status" id="update">
              <StatusForm
                slug={member.agencySlug}
                currency={currency}
                project={{
                  id: project.id,
                  name: project.name,
                  version: project.version,
                  status: project.status,
                  percentComplete: project.percentComplete,
                  spent: project.spent,
                }}
              />
            </Card>
          ) : (
            <p className="text-sm text-slate-600">Only the project&apos;s PM or a leader can update its status.</p>
          )}
          {canWrite && (
            <Card title="Details" id="details" description="Name, dates and budget. Only a leader can change the PM.">
              <ProjectDetailsForm
                slug={member.agencySlug}
                currency={currency}
                managers={managers}
                mode={{ kind: "edit", projectId: project.id, version: project.version, mayChangePm: isLeader }}
                initial={{
                  name: project.name,
                  pmId: project.pm.id,
                  startDate: toIsoDate(project.startDate) ?? "",
                  dueDate: toIsoDate(project.dueDate) ?? "",
                  budget: project.budget,
                }}
              />
              {isLeader && (
                <div className="mt-6 border-t border-slate-100 pt-4" data-version={project.version}>
                  <ConfirmButton
                    label="Archive project"
                    question={`Archive “${project.name}”? Its history is kept.`}
                    action={archiveProject.bind(null, member.agencySlug, {
                      projectId: project.id,
                      expectedVersion: project.version,
                    })}
                    navigate={`/${member.agencySlug}/projects`}
                    className="space-y-2"
                  />
                </div>
              )}
            </Card>
          )}
        </div>
        <Card title="History" id="history" description="Every status update, newest first.">
          <HistoryTimeline history={history.items} currency={currency} />
          {history.total > 0 && (
            <Pager
              base={`${base}/projects/${project.id}`}
              search={search}
              page={history}
              noun="status update"
              label="History pages"
            />
          )}
        </Card>
      </div>
    </>
  );
}
