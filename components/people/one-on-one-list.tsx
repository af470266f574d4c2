import { formatDate, isoDate } from "@/components/drilldown/format";
import { EmptyState } from "@/components/ui/empty-state";
import type { OneOnOneRecord } from "@/lib/domain/people/one-on-one-page";
import { ActionTick } from "./action-tick-client";

/** The newest 1:1s of a pair, each with its notes and agreed actions (private: only the pair and leaders get here). */
export function OneOnOneList({
  slug,
  records,
  canTick,
}: {
  slug: string;
  records: OneOnOneRecord[];
  canTick: boolean;
}) {
  if (records.length === 0) return <EmptyState>No 1:1 recorded yet.</EmptyState>;
  return (
    <ol className="space-y-4" data-testid="one-on-ones">
      {records.map((r) => (
        <li key={r.id} className="rounded-lg border border-slate-200 p-3">
          <h3 className="text-sm font-semibold text-slate-900">
            <time dateTime={isoDate(r.heldOn)}>{formatDate(r.heldOn)}</time> · with {r.manager.user.name}
          </h3>
          <dl className="mt-2 space-y-2 text-sm">
            <div>
              <dt className="font-medium text-slate-700">Topics</dt>
              <dd className="whitespace-pre-line text-slate-900">{r.topics}</dd>
            </div>
            {r.coachingNotes && (
              <div>
                <dt className="font-medium text-slate-700">Coaching notes</dt>
                <dd className="whitespace-pre-line text-slate-900">{r.coachingNotes}</dd>
              </div>
            )}
            {r.questions && (
              <div>
                <dt className="font-medium text-slate-700">Questions raised</dt>
                <dd className="whitespace-pre-line text-slate-900">{r.questions}</dd>
              </div>
            )}
          </dl>
          {r.actions.length > 0 && (
            <div className="mt-2">
              <h4 className="text-sm font-medium text-slate-700">Agreed actions</h4>
              <ul className="mt-1 space-y-1">
                {r.actions.map((a) => (
                  <li key={a.id}>
                    <ActionTick
                      slug={slug}
                      action={{ id: a.id, title: a.title, done: a.doneAt !== null }}
                      canTick={canTick}
                      dueLabel={a.dueDate ? `due ${formatDate(a.dueDate)}` : null}
                    />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
