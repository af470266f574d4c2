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

export type ActionFormOptions<T> = {
  /** A confirmation shown after a successful write ("Account saved."), or one made from the result. */
  success?: string | ((data: T) => string);
  /** Where to go after a successful write (e.g. the new account's page); otherwise the page's data is refreshed. */
  navigate?: (data: T) => string;
  /** Navigate with replace (the form's page leaves the history: sign-up, invitations). */
  replace?: boolean;
  /** Refresh the page's server data after success (default); off where the page shows only what the action returns. */
  refresh?: boolean;
};

/**
 * The one place a server-action form or button keeps its state: pending, the server's field errors and message, the
 * current values of a refused optimistic-concurrency write (`conflict`), and a success message. On success `submit`
 * navigates, or brings the page's server data up to date (so charts and boards show the change): an action that
 * revalidated answered with the fresh page already (`pageIsFresh`); after any other the page is refreshed. On
 * refusal it moves focus to the first field in error.
 * Controls wait for hydration by themselves (`Button`, `FormShell`'s submit, the shared fields given an `onChange`,
 * `HydratedControl`).
 */
export function useActionForm<T = unknown, C = unknown>(options: ActionFormOptions<T> = {}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [conflict, setConflict] = useState<C | null>(null);
  const focusFirstError = useRef(false);

  // After the errors are on the page (not before: a transition may commit later), move focus to the first one.
  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  function submit<R extends T>(
    call: () => Promise<ActionResult<R>>,
    onOk?: (data: R) => void,
    onRefused?: (failure: Extract<ActionResult<R>, { ok: false }>) => void,
  ) {
    setSuccess(null);
    startTransition(async () => {
      const result = await call();
      if (result.ok) {
        reset();
        const { success: done, navigate } = options;
        setSuccess(typeof done === "function" ? done(result.data) : (done ?? null));
        onOk?.(result.data);
        if (navigate) {
          if (options.replace) router.replace(navigate(result.data));
          else router.push(navigate(result.data));
        }
        // A refresh after an answer that already carried the fresh page would render it on the server a second time.
        const stale = !result.pageIsFresh && options.refresh !== false;
        if ((!navigate || options.replace) && stale) router.refresh();
        return;
      }
      focusFirstError.current = true;
      setErrors(byField(result.fieldErrors));
      setMessage(result.message);
      setConflict(result.code === "conflict" ? (result.current as C) : null);
      onRefused?.(result);
    });
  }

  function reset() {
    setErrors({});
    setMessage(null);
    setConflict(null);
  }

  /** Starting again from a conflict's current values also brings the rest of the page up to date. */
  const refresh = () => router.refresh();

  return { formRef, pending, errors, message, success, conflict, submit, reset, refresh };
}

export type ActionForm = ReturnType<typeof useActionForm<never, unknown>>;
