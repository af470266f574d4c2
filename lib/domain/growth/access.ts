import { WRITE, canAnyOrOwn } from "@/lib/auth/permissions";
import { ownsAccount } from "@/lib/domain/accounts/access";

/**
 * Growth plans, their opportunities and actions: leaders ("growth:write") on any account, AMs ("growth:write:own") on
 * accounts they own. Checked on the loaded row by every growth mutation and by the UI that shows the controls.
 */
type Who = { roles: readonly string[]; membershipId: string };

export function mayWriteGrowth(member: Who, accountAmId: string): boolean {
  return canAnyOrOwn(member.roles, WRITE.growth, ownsAccount(member, accountAmId));
}
