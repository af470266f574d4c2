import { WRITE, canAnyOrOwn } from "@/lib/auth/permissions";
import { ownsAccount } from "@/lib/domain/accounts/access";

/** Roles as strings: unknown ones are simply refused by can(). */
type Who = { roles: readonly string[]; membershipId: string };

/**
 * Who may change which KPI (checked on the loaded row by every KPI mutation, and mirrored in the UI to hide what would
 * be refused):
 * - Account KPIs: leaders ("kpis:write") on any account; AMs ("kpis:write:own") define, edit, archive and measure the
 *   KPIs of accounts they own.
 * - Member KPIs are targets a leader sets for a person: only leaders define, edit or archive them. The member they
 *   belong to records the readings ("kpis:write:own"), as they keep their own numbers current.
 */
export function mayDefineKpi(member: Who, owner: { accountAmId: string | null; membershipId: string | null }) {
  // A member KPI is a leader's target for a person: "own" never covers defining it.
  const owns = owner.membershipId === null && owner.accountAmId !== null && ownsAccount(member, owner.accountAmId);
  return canAnyOrOwn(member.roles, WRITE.kpis, owns);
}

export function mayMeasureKpi(member: Who, owner: { accountAmId: string | null; membershipId: string | null }) {
  const ownerId = owner.membershipId ?? owner.accountAmId;
  return canAnyOrOwn(member.roles, WRITE.kpis, ownerId !== null && ownerId === member.membershipId);
}
