"use client";

import { useOptimistic } from "react";
import { Alert } from "@/components/ui/alert";
import { HydratedControl } from "@/components/ui/hydrated-control";
import { useActionForm } from "@/components/ui/use-action-form";
import { setOneOnOneActionDone } from "@/lib/actions/people";

/** One agreed 1:1 action as a checkbox: ticked by the AM, their manager or a leader; read-only for the rest. */
export function ActionTick({
  slug,
  action,
  canTick,
  dueLabel,
}: {
  slug: string;
  action: { id: string; title: string; done: boolean };
  canTick: boolean;
  dueLabel: string | null;
}) {
  const { pending, message, submit } = useActionForm();
  const [done, setDone] = useOptimistic(action.done);
  const id = `one-on-one-action-${action.id}`;
  return (
    <div className="flex items-start gap-2 text-sm">
      <HydratedControl
        as="input"
        id={id}
        type="checkbox"
        checked={done}
        disabled={!canTick}
        aria-busy={pending || undefined}
        onChange={(e) => {
          const next = e.target.checked;
          submit(() => {
            setDone(next);
            return setOneOnOneActionDone(slug, { actionId: action.id, done: next });
          });
        }}
        className="mt-0.5 size-4 rounded border-slate-300 text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-600"
      />
      <div className="min-w-0">
        <label htmlFor={id} className={done ? "text-slate-500 line-through" : "text-slate-900"}>
          {action.title}
        </label>
        {(dueLabel || done) && (
          <p className="text-xs text-slate-600">
            {dueLabel}
            {done && (dueLabel ? " · done" : "done")}
          </p>
        )}
        {message && <Alert className="mt-1">{message}</Alert>}
      </div>
    </div>
  );
}
