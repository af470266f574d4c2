"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { archiveClient } from "@/lib/actions/clients";

/** Archive with a confirmation step; refused (with the reason) while the client still has open accounts. */
export function ArchiveClientButton({ slug, clientId, name }: { slug: string; clientId: string; name: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  function archive() {
    startTransition(async () => {
      const result = await archiveClient(slug, { clientId });
      if (!result.ok) {
        setMessage(result.message);
        setConfirming(false);
        return;
      }
      router.push(`/${slug}/clients`);
    });
  }

  return (
    <div className="space-y-3">
      {message && <Alert>{message}</Alert>}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-sm text-slate-700">Archive {name}? It leaves the lists; its history stays.</p>
          <Button variant="danger" pending={pending} onClick={archive}>
            {pending ? "Archiving…" : "Yes, archive"}
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="danger" onClick={() => setConfirming(true)}>
          Archive client
        </Button>
      )}
    </div>
  );
}
