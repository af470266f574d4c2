import type { TenantTx } from "@/lib/db/tenant";

export type MemberRow = {
  membershipId: string;
  name: string;
  email: string;
  roles: string[];
  isOwner: boolean;
  active: boolean;
  joinedAt: Date;
};

export async function listMembers(tx: TenantTx, agencyId: string): Promise<MemberRow[]> {
  const rows = await tx.membership.findMany({
    where: { agencyId },
    orderBy: [{ active: "desc" }, { user: { name: "asc" } }],
    select: {
      id: true,
      roles: true,
      isOwner: true,
      active: true,
      createdAt: true,
      user: { select: { name: true, email: true } },
    },
  });
  return rows.map((r) => ({
    membershipId: r.id,
    name: r.user.name,
    email: r.user.email,
    roles: r.roles,
    isOwner: r.isOwner,
    active: r.active,
    joinedAt: r.createdAt,
  }));
}

export type PendingInvitation = { id: string; email: string; roles: string[]; expiresAt: Date; invitedBy: string };

export async function listPendingInvitations(
  tx: TenantTx,
  agencyId: string,
  now = new Date(),
): Promise<PendingInvitation[]> {
  const rows = await tx.invitation.findMany({
    where: { agencyId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      roles: true,
      expiresAt: true,
      invitedBy: { select: { user: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    roles: r.roles,
    expiresAt: r.expiresAt,
    invitedBy: r.invitedBy.user.name,
  }));
}

/**
 * Agencies the signed-in person belongs to (for the switcher). Deliberately spans agencies, so it is raw SQL
 * outside the tenant guard; row-level security still limits it to the person's own memberships.
 */
export async function listMyAgencies(tx: TenantTx, userId: string) {
  return tx.$queryRaw<{ slug: string; name: string; roles: string[] }[]>`
    SELECT a."slug", a."name", m."roles"::text[] AS "roles"
    FROM "Membership" m JOIN "Agency" a ON a."id" = m."agencyId"
    WHERE m."userId" = ${userId}::uuid AND m."active"
    ORDER BY a."name"`;
}
