import { forbidden, notFound } from "next/navigation";
import { cache } from "react";
import { logAccessDenied } from "@/lib/audit/access-denied";
import { withTenant } from "@/lib/db/tenant";
import { agencyIdForSlug } from "@/lib/domain/agencies/slug";
import { memberCan, type Permission, type Role } from "./permissions";
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

/** The active membership of `user` in the agency, or null. Cached per request (layout and page both ask). */
export async function findMembership(user: SessionUser, slug: string): Promise<MemberContext | null> {
  const found = await membershipOf(user.id, slug);
  return found && { ...found, user };
}

const membershipOf = cache(async (userId: string, slug: string): Promise<Omit<MemberContext, "user"> | null> => {
  const agencyId = await agencyIdForSlug(slug);
  if (!agencyId) return null;
  const membership = await withTenant(agencyId, userId, (tx) =>
    tx.membership.findFirst({
      where: { agencyId, userId, active: true },
      select: { id: true, roles: true, isOwner: true, agency: { select: { name: true, slug: true } } },
    }),
  );
  if (!membership) return null;
  return {
    agencyId,
    agencySlug: membership.agency.slug,
    agencyName: membership.agency.name,
    membershipId: membership.id,
    roles: membership.roles,
    isOwner: membership.isOwner,
  };
});

/**
 * For pages under /[agency]: signed in, an active member of that agency, and holding `permission`.
 * A non-member gets 404 (we do not confirm the agency exists); a member without the permission gets 403.
 */
export async function requireMember(slug: string, permission: Permission = "agency:read"): Promise<MemberContext> {
  const user = await requireUser(`/${slug}`);
  const member = await findMembership(user, slug);
  if (!member) {
    // Probing an agency you do not belong to is logged in that agency's audit trail (if it exists at all).
    const agencyId = await agencyIdForSlug(slug);
    if (agencyId) await logAccessDenied(agencyId, user.id, "not_member", `/${slug}`);
    notFound();
  }
  if (!memberCan(member, permission)) {
    await logAccessDenied(member.agencyId, user.id, "forbidden", `/${slug} (${permission})`);
    forbidden();
  }
  return member;
}

/** For pages whose resource id (from the URL) is not in the member's agency: log the attempt, then 404. */
export async function notFoundLogged(member: MemberContext, target: string): Promise<never> {
  await logAccessDenied(member.agencyId, member.user.id, "not_found", target);
  notFound();
}
