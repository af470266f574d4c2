import Link from "@/components/ui/link";
import { formatMoney } from "@/components/portfolio/labels";
import type { ProjectView } from "@/lib/domain/projects/queries";
import { PROJECT_STATUS, ProjectStatusBadge } from "./badges";
import { EmptyState, TableScroll } from "@/components/ui/empty-state";
import { HeaderRow, numeric, rowLink } from "@/components/ui/table";
import { formatDate } from "./format";

const td = "px-3 py-2 align-top";

function Burn({ budget, spent, currency }: { budget: number; spent: number; currency: string }) {
  const share = budget > 0 ? spent / budget : null;
  const over = share !== null && share > 1;
  return (
    <div className="min-w-36">
      <span className={`font-mono tabular-nums ${over ? "text-rose-700" : ""}`}>
        {formatMoney(spent, currency)} / {formatMoney(budget, currency)}
      </span>
      {share !== null && (
        <span className="mt-1 block h-1.5 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
          <span
            className={`block h-full ${over ? "bg-rose-500" : "bg-indigo-500"}`}
            style={{ width: `${Math.min(100, share * 100)}%` }}
          />
        </span>
      )}
      {share !== null && (
        <span className={`text-xs ${over ? "font-medium text-rose-700" : "text-slate-500"}`}>
          {Math.round(share * 100)}% of budget{over ? ", over" : ""}
        </span>
      )}
    </div>
  );
}

/** The account's projects: PM, RAG status, due date, budget burn, progress and the last status update. */
export function ProjectTable({
  projects,
  currency,
  projectHref,
}: {
  projects: ProjectView[];
  currency: string;
  /** The base of project links, e.g. "/northwind/projects"; each name links to its project page. */
  projectHref: string;
}) {
  if (projects.length === 0) return <EmptyState>No projects on this account.</EmptyState>;
  return (
    <TableScroll label="Projects (scrolls sideways)">
      <table className="w-full min-w-[900px] text-sm" data-testid="project-table">
        <caption className="sr-only">Projects on this account with status, budget and the last status update</caption>
        <HeaderRow cells={["Project", "Status", "Due", "Spent / budget", numeric("Complete"), "Last status update"]} />
        <tbody>
          {projects.map((p) => (
            <tr key={p.id} className="border-b border-slate-100 last:border-0">
              <th scope="row" className={`${td} pl-0 text-left font-normal`}>
                <Link href={`${projectHref}/${p.id}`} className={rowLink}>
                  {p.name}
                </Link>
                <span className="block text-xs text-slate-500">PM {p.pm.name}</span>
              </th>
              <td className={td}>
                <ProjectStatusBadge status={p.status} />
              </td>
              <td className={`${td} whitespace-nowrap`}>{formatDate(p.dueDate)}</td>
              <td className={td}>
                <Burn budget={p.budget} spent={p.spent} currency={currency} />
              </td>
              <td className={`${td} text-right font-mono tabular-nums`}>{p.percentComplete}%</td>
              <td className={`${td} pr-0 text-slate-700`}>
                {p.lastUpdate ? (
                  <>
                    <span className="block text-xs text-slate-500">
                      {formatDate(p.lastUpdate.at)} · {p.lastUpdate.authorName}
                      {p.lastUpdate.fromStatus && p.lastUpdate.fromStatus !== p.lastUpdate.toStatus
                        ? ` · ${PROJECT_STATUS[p.lastUpdate.fromStatus][0]} → ${PROJECT_STATUS[p.lastUpdate.toStatus][0]}`
                        : ""}
                    </span>
                    {p.lastUpdate.note ?? <span className="text-slate-500">No note</span>}
                  </>
                ) : (
                  <span className="text-slate-500">No updates yet</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
