"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
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
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);

  function apply() {
    startTransition(async () => {
      const result = await applyMove(slug, { accountId, fromAmId, toAmId, expectedVersion });
      if (result.ok) {
        setMessage({ tone: "ok", text: `Moved to ${toAmName}.` });
        router.refresh();
      } else {
        setMessage({ tone: "error", text: result.message });
      }
    });
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
