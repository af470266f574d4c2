"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { applyMove } from "@/lib/actions/portfolio";

type Props = {
  slug: string;
  accountId: string;
  accountName: string;
  fromAmId: string;
  toAmId: string;
  toAmName: string;
  expectedVersion: number;
};

/** Tells the rebalancing section that a move was applied. */
const MoveApplied = createContext<(text: string) => void>(() => {});

/**
 * Holds the confirmation of the last applied move above the suggestions. It cannot live in the move's own row: the
 * action answers with the page already re-rendered, where the moved account is no longer suggested, so the row (and
 * any message in it) is gone in the same update. This provider keeps its place in the tree and its state, even when
 * the move brings the AM into the band and the suggestions disappear.
 */
export function AppliedMoves({ children }: { children: ReactNode }) {
  const [applied, setApplied] = useState<string | null>(null);
  return (
    <MoveApplied.Provider value={setApplied}>
      {applied && (
        <p role="status" className="mb-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {applied}
        </p>
      )}
      {children}
    </MoveApplied.Provider>
  );
}

/** Applies one suggested move; a conflict (another leader moved it first) or a refusal is shown in place. */
export function ApplyMoveButton({ slug, accountId, accountName, fromAmId, toAmId, toAmName, expectedVersion }: Props) {
  const announce = useContext(MoveApplied);
  const form = useActionForm();
  const { pending } = form;

  function apply() {
    form.submit(
      () => applyMove(slug, { accountId, fromAmId, toAmId, expectedVersion }),
      () => announce(`Moved ${accountName} to ${toAmName}.`),
    );
  }

  return (
    <div className="flex flex-col items-start gap-1">
      <Button variant="secondary" pending={pending} onClick={apply} aria-label={`Move ${accountName} to ${toAmName}`}>
        {pending ? "Moving…" : "Apply"}
      </Button>
      {form.message && (
        <p role="alert" className="max-w-56 text-xs text-rose-700">
          {form.message}
        </p>
      )}
    </div>
  );
}
