import { notFound } from "@/lib/actions/result";
import type { TenantTx } from "@/lib/db/tenant";

/** The member's own fields every people read starts from. */
export const MEMBER_BASICS = {
  id: true,
  roles: true,
  active: true,
  createdAt: true,
  user: { select: { name: true } },
} as const;

/** The people record's pairing: level, manager (since when) and the pair's 1:1 cadence. */
export const PROFILE_PAIRING = {
  levelId: true,
  managerId: true,
  managerSince: true,
  oneOnOneCadenceDays: true,
} as const;

/** A member with their people record (absent until a leader sets a level or manager): what the access rules need. */
export async function loadPerson(tx: TenantTx, agencyId: string, membershipId: string) {
  const found = await tx.membership.findFirst({
    where: { agencyId, id: membershipId },
    select: { ...MEMBER_BASICS, profile: { select: PROFILE_PAIRING } },
  });
  if (!found) throw notFound("That person");
  return {
    id: found.id,
    name: found.user.name,
    roles: found.roles as string[],
    active: found.active,
    createdAt: found.createdAt,
    levelId: found.profile?.levelId ?? null,
    managerId: found.profile?.managerId ?? null,
    cadenceDays: found.profile?.oneOnOneCadenceDays ?? null,
    hasProfile: found.profile !== null,
  };
}

export type LoadedPerson = Awaited<ReturnType<typeof loadPerson>>;
