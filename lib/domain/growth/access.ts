import { can } from "@/lib/auth/permissions";

/**
 * Growth plans, their opportunities and actions: leaders ("growth:write") on any account, AMs ("growth:write:own") on
 * accounts they own. Checked on the loaded row by every growth mutation and mirrored in the UI.
 */
type Who = { roles: readonly string[]; membershipId: string };

export function mayWriteGrowth(member: Who, accountAmId: string): boolean {
  return (
    can(member.roles, "growth:write") || (can(member.roles, "growth:write:own") && accountAmId === member.membershipId)
  );
}

export function mayWriteSomeGrowth(member: Pick<Who, "roles">): boolean {
  return can(member.roles, "growth:write") || can(member.roles, "growth:write:own");
}
