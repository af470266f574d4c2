import { forbidden, notFound } from "next/navigation";
import { withTenant } from "@/lib/db/tenant";
import { agencyIdForSlug } from "@/lib/domain/agencies/slug";
import { can, type Permission, type Role } from "./permissions";
import { requireUser, type SessionUser } from "./session";

/** A verified membership: the only source of the agencyId used to scope tenant queries. */
export type MemberContext = {
  user: SessionUser;
  agencyId: string;
  agencySlug: string;
  agencyName: string;
  membershipId: string;
  roles: Role[];
  isOwner: boolean;
};

export { agencyIdForSlug };

/** The active membership of `userId` in the agency, or null. */
export async function findMembership(user: SessionUser, slug: string): Promise<MemberContext | null> {
  const agencyId = await agencyIdForSlug(slug);
  if (!agencyId) return null;
  const membership = await withTenant(agencyId, user.id, (tx) =>
    tx.membership.findFirst({
      where: { agencyId, userId: user.id, active: true },
      select: { id: true, roles: true, isOwner: true, agency: { select: { name: true, slug: true } } },
    }),
  );
  if (!membership) return null;
  return {
    user,
    agencyId,
    agencySlug: membership.agency.slug,
    agencyName: membership.agency.name,
    membershipId: membership.id,
    roles: membership.roles,
    isOwner: membership.isOwner,
  };
}

/**
 * For pages under /[agency]: signed in, an active member of that agency, and holding `permission`.
 * A non-member gets 404 (we do not confirm the agency exists); a member without the permission gets 403.
 */
export async function requireMember(slug: string, permission: Permission = "agency:read"): Promise<MemberContext> {
  const user = await requireUser(`/${slug}`);
  const member = await findMembership(user, slug);
  if (!member) notFound();
  if (!can(member.roles, permission)) forbidden();
  return member;
}
