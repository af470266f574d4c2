import { WRITE, canAnyOrOwn } from "@/lib/auth/permissions";
import { ownsAccount } from "@/lib/domain/accounts/access";

type Who = { roles: readonly string[]; membershipId: string };

/**
 * Retainer scope, hours, scope requests and value-change links: leaders ("commercial:write") on any account, AMs
 * ("commercial:write:own") on the accounts they own. Asked by every commercial mutation on the loaded account and by
 * the account page before it shows the forms.
 */
export function mayWriteCommercial(member: Who, accountAmId: string): boolean {
  return canAnyOrOwn(member.roles, WRITE.commercial, ownsAccount(member, accountAmId));
}
