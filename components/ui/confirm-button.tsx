"use client";

import { useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Alert } from "./alert";
import { Button } from "./button";
import { useActionForm } from "./use-action-form";

/**
 * A destructive action behind a confirmation step, so a stray click does nothing. It asks in place, not in a browser
 * dialog, so it works the same with a keyboard, a screen reader and a test. With a `question`, the button gives way to
 * the question with "Yes" and "Cancel"; without one the button asks itself ("Archive" → "Yes, archive"), small enough
 * for a table row or a card's buttons, and moving focus away from it cancels. A refusal is shown above and the step
 * closes; success goes to `navigate` (else refreshes).
 */
export function ConfirmButton<T>({
  label,
  question,
  confirmLabel = "Yes, archive",
  pendingLabel = "Archiving…",
  accessibleName,
  action,
  navigate,
  className = "space-y-3",
}: {
  label: string;
  /** Asked beside "Yes" and "Cancel"; without it the button asks in place. */
  question?: ReactNode;
  confirmLabel?: string;
  pendingLabel?: string;
  /** What the button acts on, for a screen reader: named "Archive: Q3 revenue", then "Yes, archive: Q3 revenue". */
  accessibleName?: string;
  action: () => Promise<ActionResult<T>>;
  navigate?: string;
  className?: string;
}) {
  const [asking, setAsking] = useState(false);
  const { pending, message, submit } = useActionForm<T>({ navigate: navigate ? () => navigate : undefined });
  const confirm = () => submit(action, undefined, () => setAsking(false));
  const named = (text: string) => (accessibleName ? `${text}: ${accessibleName}` : undefined);

  const yes = pending ? pendingLabel : confirmLabel;

  if (question === undefined) {
    const text = asking || pending ? yes : label;
    return (
      <div className={className}>
        {message && <Alert>{message}</Alert>}
        <Button
          variant="danger"
          size="xs"
          pending={pending}
          aria-label={named(text)}
          onClick={() => (asking ? (setAsking(false), confirm()) : setAsking(true))}
          onBlur={() => setAsking(false)}
        >
          {text}
        </Button>
      </div>
    );
  }

  return (
    <div className={className}>
      {message && <Alert>{message}</Alert>}
      {asking ? (
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label={`Confirm: ${label}`}>
          <p className="text-sm text-slate-700">{question}</p>
          <Button variant="danger" pending={pending} aria-label={named(yes)} onClick={confirm}>
            {yes}
          </Button>
          <Button variant="ghost" onClick={() => setAsking(false)} disabled={pending}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="danger" aria-label={named(label)} onClick={() => setAsking(true)}>
          {label}
        </Button>
      )}
    </div>
  );
}
