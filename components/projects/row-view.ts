import { formatDate } from "@/components/drilldown/format";
import { formatMoney } from "@/components/portfolio/labels";
import type { MemberContext } from "@/lib/auth/membership";
import { formatWhen } from "@/lib/format/dates";
import { mayWriteProject } from "@/lib/domain/projects/access";
import type { ProjectListItem } from "@/lib/domain/projects/queries";
import type { ProjectRisk } from "@/lib/domain/projects/risk";
import type { ProjectRowView } from "./project-list-client";

/** Server-side mapping of a project to what the list shows (plain strings, so the client needs no formatting). */
export function toRowView(
  member: Pick<MemberContext, "agencySlug" | "roles" | "membershipId">,
  project: ProjectListItem,
  risk: ProjectRisk,
  currency: string,
): ProjectRowView {
  const base = `/${member.agencySlug}`;
  return {
    id: project.id,
    name: project.name,
    href: `${base}/projects/${project.id}`,
    status: project.status,
    version: project.version,
    percentComplete: project.percentComplete,
    spent: project.spent,
    budget: project.budget,
    spentLabel: formatMoney(Number(project.spent), currency),
    budgetLabel: formatMoney(Number(project.budget), currency),
    clientName: project.account.clientName,
    accountName: project.account.name,
    accountHref: `${base}/accounts/${project.account.id}`,
    pmName: project.pm.name,
    due: formatDate(project.dueDate),
    risk: { kind: risk.kind, reason: risk.reason },
    lastUpdate: project.lastUpdate
      ? {
          when: formatWhen(project.lastUpdate.at),
          author: project.lastUpdate.authorName,
          note: project.lastUpdate.note,
        }
      : null,
    canWrite: mayWriteProject(member, project.pm.id),
  };
}
