"use client";

import { useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Alert } from "./alert";
import { Button } from "./button";
import { useActionForm } from "./use-action-form";

/**
 * A destructive action behind a confirmation step, so a stray click does nothing: the button, then the question with
 * "Yes" and "Cancel". A refusal is shown above and the step closes; success goes to `navigate` (else refreshes).
 */
export function ConfirmButton<T>({
  label,
  question,
  confirmLabel = "Yes, archive",
  pendingLabel = "Archiving…",
  action,
  navigate,
  className = "space-y-3",
}: {
  label: string;
  question: ReactNode;
  confirmLabel?: string;
  pendingLabel?: string;
  action: () => Promise<ActionResult<T>>;
  navigate?: string;
  className?: string;
}) {
  const [confirming, setConfirming] = useState(false);
  const { pending, message, submit } = useActionForm<T>({ navigate: navigate ? () => navigate : undefined });

  return (
    <div className={className}>
      {message && <Alert>{message}</Alert>}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label={`Confirm: ${label}`}>
          <p className="text-sm text-slate-700">{question}</p>
          <Button
            variant="danger"
            pending={pending}
            onClick={() => submit(action, undefined, () => setConfirming(false))}
          >
            {pending ? pendingLabel : confirmLabel}
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {label}
        </Button>
      )}
    </div>
  );
}
