"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { CheckInAccountOption } from "@/lib/domain/check-ins/queries";
import { CheckInDialog, type CheckInDialogHandle } from "./check-in-dialog-client";
import { CHECK_IN_SHORTCUT } from "./labels";

type OpenCheckIn = (accountId?: string) => void;
const CheckInContext = createContext<OpenCheckIn | null>(null);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * Makes the check-in form available to everything inside: the "c" shortcut (when focus is not in a field), the
 * buttons below (`LogCheckInButton`) and the confirmation after saving. Focus goes back to whatever opened the form.
 */
export function CheckInProvider({
  slug,
  accounts,
  children,
}: {
  slug: string;
  accounts: CheckInAccountOption[];
  children: ReactNode;
}) {
  const dialog = useRef<CheckInDialogHandle>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const open = useCallback<OpenCheckIn>((accountId) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSaved(null);
    dialog.current?.open(accountId);
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== CHECK_IN_SHORTCUT || event.defaultPrevented || event.repeat) return;
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      event.preventDefault();
      open();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  return (
    <CheckInContext.Provider value={open}>
      {children}
      <CheckInDialog
        slug={slug}
        accounts={accounts}
        handleRef={dialog}
        onSaved={setSaved}
        onClosed={() => {
          const target = opener.current;
          opener.current = null;
          // The opener may have re-rendered with the saved check-in; fall back to the page's main region.
          if (target?.isConnected) target.focus();
          else document.getElementById("main")?.focus();
        }}
      />
      <div aria-live="polite" className="fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
        {saved && (
          <p
            role="status"
            data-testid="check-in-saved"
            className="max-w-md rounded-lg bg-slate-900 px-4 py-2.5 text-sm text-white shadow-lg"
          >
            {saved}{" "}
            <button type="button" className="ml-2 font-medium underline" onClick={() => setSaved(null)}>
              Dismiss
            </button>
          </p>
        )}
      </div>
    </CheckInContext.Provider>
  );
}

/** Opens the check-in form, pre-filled with `accountId` when given. Must sit inside a CheckInProvider. */
export function LogCheckInButton({
  accountId,
  label,
  variant = "secondary",
  showShortcut = false,
}: {
  accountId?: string;
  /** Accessible name, e.g. "Log check-in for Acme · Retainer". */
  label?: string;
  variant?: "primary" | "secondary";
  showShortcut?: boolean;
}) {
  const open = useContext(CheckInContext);
  if (!open) throw new Error("LogCheckInButton needs a CheckInProvider");
  return (
    <Button
      variant={variant}
      aria-label={label}
      aria-keyshortcuts={showShortcut ? "C" : undefined}
      onClick={() => open(accountId)}
    >
      Log check-in
      {showShortcut && (
        <kbd className="ml-1 rounded border border-current/30 px-1.5 font-sans text-xs opacity-80" aria-hidden="true">
          C
        </kbd>
      )}
    </Button>
  );
}
