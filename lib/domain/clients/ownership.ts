import type { MemberContext } from "@/lib/auth/membership";
import { can, type Permission } from "@/lib/auth/permissions";
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

/** `any` on every client, or `own` on clients the member owns a live account of. */
export async function mayWriteClientScoped(
  tx: TenantTx,
  member: MemberContext,
  clientId: string,
  permissions: { any: Permission; own: Permission },
): Promise<boolean> {
  if (can(member.roles, permissions.any)) return true;
  return can(member.roles, permissions.own) && ownsLiveAccountOf(tx, member, clientId);
}
