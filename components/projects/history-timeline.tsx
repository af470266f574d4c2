import { ProjectStatusBadge } from "@/components/drilldown/badges";
import { EmptyState } from "@/components/ui/empty-state";
import { formatMoney } from "@/components/portfolio/labels";
import type { ProjectHistoryEntry } from "@/lib/domain/projects/queries";
import { formatWhen } from "@/lib/format/dates";

/** Every status update, newest first: who, when, old → new, progress, spend and the note. */
export function HistoryTimeline({ history, currency }: { history: ProjectHistoryEntry[]; currency: string }) {
  if (history.length === 0) return <EmptyState>No status updates yet.</EmptyState>;
  return (
    <ol className="relative space-y-5 border-l border-slate-200 pl-5" data-testid="project-history">
      {history.map((entry) => (
        <li key={entry.id} className="relative" data-testid="history-entry">
          <span
            className="absolute top-1.5 -left-[1.6rem] size-2.5 rounded-full bg-indigo-500 ring-4 ring-white"
            aria-hidden="true"
          />
          <p className="text-xs text-slate-500">
            <time dateTime={entry.at.toISOString()}>{formatWhen(entry.at)}</time> · {entry.authorName} · version{" "}
            {entry.version}
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-1.5 text-sm text-slate-800">
            {entry.fromStatus && entry.fromStatus !== entry.toStatus ? (
              <>
                <ProjectStatusBadge status={entry.fromStatus} />
                <span aria-hidden="true">→</span>
                <span className="sr-only">to</span>
                <ProjectStatusBadge status={entry.toStatus} />
              </>
            ) : (
              <>
                <ProjectStatusBadge status={entry.toStatus} />
                <span className="text-xs text-slate-500">(status unchanged)</span>
              </>
            )}
            <span className="text-xs text-slate-600">
              · {entry.percentComplete}% complete · {formatMoney(Number(entry.spent), currency)} spent
            </span>
          </p>
          {entry.note ? (
            <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{entry.note}</p>
          ) : (
            <p className="mt-1 text-sm text-slate-500">No note</p>
          )}
        </li>
      ))}
    </ol>
  );
}
