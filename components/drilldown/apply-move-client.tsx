"use client";

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

/** Applies one suggested move; a conflict (another leader moved it first) or a refusal is shown in place. */
export function ApplyMoveButton({ slug, accountId, accountName, fromAmId, toAmId, toAmName, expectedVersion }: Props) {
  const form = useActionForm({ success: `Moved to ${toAmName}.` });
  const { pending } = form;
  const message = form.success
    ? { tone: "ok", text: form.success }
    : form.message
      ? { tone: "error", text: form.message }
      : null;

  function apply() {
    form.submit(() => applyMove(slug, { accountId, fromAmId, toAmId, expectedVersion }));
  }

  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        variant="secondary"
        pending={pending}
        onClick={apply}
        aria-label={`Move ${accountName} to ${toAmName}`}
        disabled={message?.tone === "ok"}
      >
        {pending ? "Moving…" : "Apply"}
      </Button>
      {message && (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={`max-w-56 text-xs ${message.tone === "error" ? "text-rose-700" : "text-emerald-700"}`}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
