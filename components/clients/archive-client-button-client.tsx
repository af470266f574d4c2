"use client";

import { ConfirmButton } from "@/components/ui/confirm-button";
import { archiveClient } from "@/lib/actions/clients";

/** Archive with a confirmation step; refused (with the reason) while the client still has open accounts. */
export function ArchiveClientButton({ slug, clientId, name }: { slug: string; clientId: string; name: string }) {
  return (
    <ConfirmButton
      label="Archive client"
      question={`Archive ${name}? It leaves the lists; its history stays.`}
      action={() => archiveClient(slug, { clientId })}
      navigate={`/${slug}/clients`}
    />
  );
}
