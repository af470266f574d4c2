"use client";

import { ConfirmButton } from "@/components/ui/confirm-button";
import { archiveAccount } from "@/lib/actions/accounts";

type Props = { slug: string; account: { id: string; name: string; version: number } };

/** Archive with a confirmation step: the account leaves the lists and its AM's load; its history stays. */
export function ArchiveAccountButton({ slug, account }: Props) {
  return (
    <ConfirmButton
      label="Archive account"
      question={
        <>
          Archive {account.name}? It leaves the lists and its AM&apos;s load, and its open projects are archived with
          it; check-ins and history stay.
        </>
      }
      action={() => archiveAccount(slug, { accountId: account.id, expectedVersion: account.version })}
      navigate={`/${slug}/accounts/${account.id}`}
    />
  );
}
