import { notFound } from "@/lib/actions/result";
import type { TenantTx } from "@/lib/db/tenant";

/** A member with their people record (absent until a leader sets a level or manager): what the access rules need. */
export async function loadPerson(tx: TenantTx, agencyId: string, membershipId: string) {
  const found = await tx.membership.findFirst({
    where: { agencyId, id: membershipId },
    select: {
      id: true,
      roles: true,
      active: true,
      createdAt: true,
      user: { select: { name: true } },
      profile: { select: { levelId: true, managerId: true, oneOnOneCadenceDays: true, managerSince: true } },
    },
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
