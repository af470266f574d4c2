"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputBaseClass } from "@/components/ui/field";

/** The single-use link, shown once right after it is created (only its hash is stored). */
export function InvitationLink({ email, url, expiresAt }: { email: string; url: string; expiresAt: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      inputRef.current?.select(); // clipboard refused: leave it selected for Ctrl+C
      setCopied("no");
    }
  }

  return (
    <div role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-4">
      <p className="text-sm font-medium text-emerald-900">Invitation created for {email}.</p>
      <p className="mt-1 text-sm text-emerald-900">
        Send them this link. It works once and expires {expiresAt}. It will not be shown again.
      </p>
      <label htmlFor="invitation-link" className="sr-only">
        Invitation link
      </label>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <input
          ref={inputRef}
          id="invitation-link"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className={`${inputBaseClass} px-3 py-2 font-mono text-xs`}
        />
        <Button variant="secondary" onClick={copy} className="shrink-0">
          {copied === "yes" ? "Copied" : "Copy link"}
        </Button>
      </div>
      {copied === "no" && <p className="mt-2 text-xs text-emerald-900">Press Ctrl+C (⌘C) to copy the selected link.</p>}
    </div>
  );
}
