import { formatDate } from "@/components/drilldown/format";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { COMPETENCY_LABEL } from "@/lib/domain/people/competencies";
import type { PersonRecord } from "@/lib/domain/people/queries";
import { ItemStatusForm } from "./development-forms-client";
import { ITEM_KIND_LABEL, ITEM_STATUS_LABEL } from "./labels";

/** Goals and training items with due dates and status; the status is editable by whoever may write the plan. */
export function DevelopmentItems({
  slug,
  items,
  canWrite,
  today,
}: {
  slug: string;
  items: PersonRecord["items"];
  canWrite: boolean;
  today: Date;
}) {
  if (items.length === 0) return <EmptyState>No goals or training in the plan yet.</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200" data-testid="development-items">
      {items.map((item) => {
        const open = item.status === "PLANNED" || item.status === "IN_PROGRESS";
        const late = open && item.dueDate !== null && item.dueDate.getTime() < today.getTime();
        return (
          <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
            <div className="min-w-0">
              <p className="font-medium text-slate-900">{item.title}</p>
              <p className="text-xs text-slate-600">
                {ITEM_KIND_LABEL[item.kind]}
                {item.competency && ` · ${COMPETENCY_LABEL[item.competency]}`} ·{" "}
                <span className={late ? "font-medium text-rose-700" : ""}>
                  {item.dueDate ? `due ${formatDate(item.dueDate)}${late ? " (late)" : ""}` : "no due date"}
                </span>
              </p>
            </div>
            {canWrite ? (
              <ItemStatusForm slug={slug} itemId={item.id} status={item.status} title={item.title} />
            ) : (
              <Badge>{ITEM_STATUS_LABEL[item.status]}</Badge>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The newest assessments, one line each: who, whose view, which competency, the score and the evidence. */
export function AssessmentHistory({ assessments }: { assessments: PersonRecord["assessments"] }) {
  if (assessments.length === 0) return <EmptyState>No assessments yet.</EmptyState>;
  return (
    <ul className="space-y-2 text-sm" data-testid="assessments">
      {assessments.slice(0, 15).map((a) => (
        <li key={a.id}>
          <span className="font-medium text-slate-900">
            {COMPETENCY_LABEL[a.competency]} {a.score}/5
          </span>{" "}
          <span className="text-slate-600">
            · {a.source === "SELF" ? "own view" : `manager (${a.authorName})`} · {formatDate(a.assessedOn)}
          </span>
          {a.evidence && <p className="text-slate-700">{a.evidence}</p>}
        </li>
      ))}
    </ul>
  );
}
