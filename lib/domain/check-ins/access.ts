import { WRITE, canAnyOrOwn } from "@/lib/auth/permissions";
import { ownsAccount } from "@/lib/domain/accounts/access";

type Who = { roles: readonly string[]; membershipId: string };

/** Leaders ("checkins:write") log on any account, AMs ("checkins:write:own") on accounts they own. */
export function mayLogCheckIn(member: Who, accountAmId: string): boolean {
  return canAnyOrOwn(member.roles, WRITE.checkIns, ownsAccount(member, accountAmId));
}
