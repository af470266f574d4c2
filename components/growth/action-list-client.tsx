"use client";

import { useOptimistic } from "react";
import { formatDate } from "@/components/drilldown/format";
import { Alert } from "@/components/ui/alert";
import { HydratedControl } from "@/components/ui/hydrated-control";
import { EditInPlace, OpenFormButton } from "@/components/ui/inline-edit-form";
import { useActionForm } from "@/components/ui/use-action-form";
import { setGrowthActionDone } from "@/lib/actions/growth";
import type { OwnerOption } from "@/lib/domain/growth/queries";
import type { GrowthActionView } from "@/lib/domain/growth/queries";
import { ActionForm } from "./action-form-client";

/** A plan's actions as a checklist: tick one off (or back on), edit it, add another. Late open actions say so. */
export function ActionList({
  slug,
  planId,
  actions,
  owners,
  defaultOwnerId,
  today,
}: {
  slug: string;
  planId: string;
  actions: GrowthActionView[];
  owners: OwnerOption[];
  defaultOwnerId: string;
  today: Date;
}) {
  return (
    <div className="space-y-3">
      {actions.length === 0 ? (
        <p className="text-sm text-slate-600">No actions yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200" data-testid="growth-actions">
          {actions.map((a) => (
            <li key={a.id} className="p-2">
              <ActionRow slug={slug} action={a} owners={owners} today={today} />
            </li>
          ))}
        </ul>
      )}
      <OpenFormButton
        label="Add action"
        form={(close) => (
          <ActionForm slug={slug} planId={planId} defaultOwnerId={defaultOwnerId} owners={owners} onDone={close} />
        )}
      />
    </div>
  );
}

function ActionRow({
  slug,
  action,
  owners,
  today,
}: {
  slug: string;
  action: GrowthActionView;
  owners: OwnerOption[];
  today: Date;
}) {
  const { pending, message: error, submit } = useActionForm();
  // The box shows the new state at once; it falls back to the server's if the change is refused.
  const [done, setDone] = useOptimistic(action.done);
  const late = !done && action.dueDate !== null && action.dueDate.getTime() < today.getTime();
  const checkboxId = `done-${action.id}`;

  function toggle(next: boolean) {
    // Inside the form's transition, so the optimistic state holds until the refreshed page arrives.
    submit(() => {
      setDone(next);
      return setGrowthActionDone(slug, { actionId: action.id, done: next });
    });
  }

  const edit = (close: () => void) => <ActionForm slug={slug} action={action} owners={owners} onDone={close} />;
  return (
    <EditInPlace name={action.title} form={edit}>
      {(editButton) => (
        <div className="flex flex-wrap items-start gap-x-3 gap-y-1 text-sm">
          <HydratedControl
            as="input"
            id={checkboxId}
            type="checkbox"
            checked={done}
            aria-busy={pending || undefined}
            onChange={(e) => toggle(e.target.checked)}
            className="mt-0.5 size-4 rounded border-slate-300 text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-600"
          />
          <div className="min-w-0 flex-1">
            <label
              htmlFor={checkboxId}
              className={`break-words ${done ? "text-slate-500 line-through" : "text-slate-900"}`}
            >
              {action.title}
            </label>
            <p className="text-xs text-slate-600">
              {action.ownerName} ·{" "}
              {action.dueDate ? (
                <span className={late ? "font-medium text-rose-700" : ""}>
                  due {formatDate(action.dueDate)}
                  {late && " (late)"}
                </span>
              ) : (
                "no due date"
              )}
              {done && " · done"}
            </p>
            {error && <Alert className="mt-1">{error}</Alert>}
          </div>
          {editButton}
        </div>
      )}
    </EditInPlace>
  );
}
