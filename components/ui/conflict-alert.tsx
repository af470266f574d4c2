import type { ReactNode } from "react";
import { Alert } from "./alert";
import { Button } from "./button";

/**
 * A refused write's message; for an optimistic-concurrency conflict also what the row holds now (`current`) and the
 * offer to start again from it. Renders nothing without a message.
 */
export function ConflictAlert({
  message,
  current,
  onStartFromCurrent,
}: {
  message: string | null;
  current?: ReactNode;
  onStartFromCurrent?: () => void;
}) {
  if (!message) return null;
  return (
    <Alert>
      <p className="font-medium">{message}</p>
      {current && (
        <div className="mt-2 text-rose-900">
          <p>{current}</p>
          {onStartFromCurrent && (
            <Button variant="secondary" className="mt-2" onClick={onStartFromCurrent}>
              Start from the current values
            </Button>
          )}
        </div>
      )}
    </Alert>
  );
}
