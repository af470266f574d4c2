"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { revokeInvite } from "@/lib/actions/members";
import { RoleBadges } from "./roles";

export type PendingInvitationView = { id: string; email: string; roles: string[]; invitedBy: string; expires: string };

export function PendingInvitations({
  agencySlug,
  invitations,
}: {
  agencySlug: string;
  invitations: PendingInvitationView[];
}) {
  const [revoking, setRevoking] = useState<string | null>(null);
  const { pending, message: error, submit } = useActionForm();

  function revoke(id: string) {
    setRevoking(id);
    submit(() => revokeInvite(agencySlug, { invitationId: id }));
  }

  if (invitations.length === 0) {
    return <p className="text-sm text-slate-600">No pending invitations.</p>;
  }
  return (
    <div className="space-y-3">
      {error && <Alert>{error}</Alert>}
      <ul className="divide-y divide-slate-100" aria-label="Pending invitations">
        {invitations.map((inv) => (
          <li key={inv.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="truncate text-sm font-medium text-slate-900">{inv.email}</p>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                <RoleBadges roles={inv.roles} />
                <span>
                  Invited by {inv.invitedBy} · expires {inv.expires}
                </span>
              </div>
            </div>
            <Button variant="danger" onClick={() => revoke(inv.id)} pending={pending && revoking === inv.id}>
              Revoke<span className="sr-only"> invitation for {inv.email}</span>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
