import { withTenant } from "@/lib/db/tenant";

export type LeaderOption = { membershipId: string; name: string; email: string };

/** For the danger zone: the owner's name, and the other active leaders ownership can be handed to. */
export async function loadOwnershipFacts(agencyId: string, userId: string) {
  const leaders = await withTenant(agencyId, userId, (tx) =>
    tx.membership.findMany({
      where: { agencyId, active: true, roles: { has: "LEADER" } },
      orderBy: { createdAt: "asc" },
      select: { id: true, isOwner: true, user: { select: { name: true, email: true } } },
    }),
  );
  const owner = leaders.find((m) => m.isOwner);
  return {
    ownerName: owner?.user.name ?? null,
    candidates: leaders
      .filter((m) => !m.isOwner)
      .map((m): LeaderOption => ({ membershipId: m.id, name: m.user.name, email: m.user.email })),
  };
}
