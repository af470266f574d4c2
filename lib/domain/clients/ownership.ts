import type { MemberContext } from "@/lib/auth/membership";
import { WRITE, can, canAnyOrOwn, type AnyOrOwn } from "@/lib/auth/permissions";
import type { TenantTx } from "@/lib/db/tenant";

/**
 * "Own" for a client: the AM owns at least one live account of it (not archived, not churned). This is the rule behind
 * "contacts:write:own" and, for client details, "accounts:write:own": an AM keeps the clients they work with current,
 * but a churned or archived engagement no longer makes a client theirs.
 */
export const LIVE_ACCOUNT_STATUSES = ["ACTIVE", "AT_RISK", "PAUSED"] as const;

export async function ownsLiveAccountOf(tx: TenantTx, member: MemberContext, clientId: string): Promise<boolean> {
  const account = await tx.account.findFirst({
    where: {
      agencyId: member.agencyId,
      clientId,
      amId: member.membershipId,
      archivedAt: null,
      status: { in: [...LIVE_ACCOUNT_STATUSES] },
    },
    select: { id: true },
  });
  return account !== null;
}

/** Client details: leaders ("accounts:write") any client, an AM ("accounts:write:own") the clients they own a live
 * account of. Asked by the edit mutation and by the client page. */
export function mayEditClient(member: { roles: readonly string[] }, ownsLiveAccount: boolean): boolean {
  return canAnyOrOwn(member.roles, WRITE.accounts, ownsLiveAccount);
}

/** A client's contacts: "contacts:write" on any client, "contacts:write:own" on the clients the member owns. */
export function mayWriteContacts(member: { roles: readonly string[] }, ownsLiveAccount: boolean): boolean {
  return canAnyOrOwn(member.roles, WRITE.contacts, ownsLiveAccount);
}

/** The rule above on a client loaded in the transaction; asks for ownership only when `any` does not settle it. */
export async function mayWriteClientScoped(
  tx: TenantTx,
  member: MemberContext,
  clientId: string,
  permissions: AnyOrOwn,
): Promise<boolean> {
  if (can(member.roles, permissions.any)) return true;
  return can(member.roles, permissions.own) && ownsLiveAccountOf(tx, member, clientId);
}
