import { WRITE, canAnyOrOwn } from "@/lib/auth/permissions";

/** Roles as strings: unknown ones are simply refused by can(). */
type Who = { roles: readonly string[]; membershipId: string };

/**
 * An account is the AM's who owns it (amId). Leaders edit any account; an AM the accounts they own (never the owner
 * itself: that is a reassignment). Asked by the edit mutation on the loaded row and by the pages that show the control.
 */
export function ownsAccount(member: Who, amId: string): boolean {
  return amId === member.membershipId;
}

export function mayEditAccount(member: Who, amId: string): boolean {
  return canAnyOrOwn(member.roles, WRITE.accounts, ownsAccount(member, amId));
}
