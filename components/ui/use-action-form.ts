"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

/** Field errors keyed by the form's fields ("ownerId.0" → "ownerId"). */
function byField(fieldErrors: Record<string, string[]> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const field = key.split(".")[0]!;
    out[field] = [...(out[field] ?? []), ...messages];
  }
  return out;
}

/**
 * The state a server-action form needs: pending, the server's field errors and message, and a submit that
 * refreshes the page's server data on success (so charts and boards show the change) and otherwise focuses the first
 * field in error.
 */
export function useActionForm() {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const focusFirstError = useRef(false);

  // After the errors are on the page (not before: a transition may commit later), move focus to the first one.
  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  function submit<T>(call: () => Promise<ActionResult<T>>, onOk?: (data: T) => void) {
    startTransition(async () => {
      const result = await call();
      if (result.ok) {
        setErrors({});
        setMessage(null);
        onOk?.(result.data);
        router.refresh();
        return;
      }
      focusFirstError.current = true;
      setErrors(byField(result.fieldErrors));
      setMessage(result.message);
    });
  }

  function reset() {
    setErrors({});
    setMessage(null);
  }

  return { formRef, pending, errors, message, submit, reset };
}
