"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { archiveAccount } from "@/lib/actions/accounts";

/** Archive with a confirmation step: the account leaves the lists and its AM's load; its history stays. */
export function ArchiveAccountButton({
  slug,
  account,
}: {
  slug: string;
  account: { id: string; name: string; version: number };
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  function archive() {
    startTransition(async () => {
      const result = await archiveAccount(slug, { accountId: account.id, expectedVersion: account.version });
      if (!result.ok) {
        setMessage(result.message);
        setConfirming(false);
        return;
      }
      router.push(`/${slug}/accounts/${account.id}`);
    });
  }

  return (
    <div className="space-y-3">
      {message && <Alert>{message}</Alert>}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-sm text-slate-700">
            Archive {account.name}? It leaves the lists and its AM&apos;s load; check-ins and projects stay.
          </p>
          <Button variant="danger" pending={pending} onClick={archive}>
            {pending ? "Archiving…" : "Yes, archive"}
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="danger" onClick={() => setConfirming(true)}>
          Archive account
        </Button>
      )}
    </div>
  );
}
