import { WRITE, canAnyOrOwn, can } from "@/lib/auth/permissions";

/**
 * Who may act on a follow-up: leaders ("followups:write") on any; members with "followups:write:own" on follow-ups
 * assigned to them and on those of accounts they manage. Asked by the mutations on the loaded row and by the pages
 * before showing a control.
 */
type Who = { roles: readonly string[]; membershipId: string };

export function mayCreateFollowUpOn(member: Who, accountAmId: string): boolean {
  return canAnyOrOwn(member.roles, WRITE.followUps, member.membershipId === accountAmId);
}

export function mayManageFollowUp(
  member: Who,
  followUp: { assigneeId: string | null; accountAmId: string | null },
): boolean {
  const owns =
    (followUp.assigneeId !== null && followUp.assigneeId === member.membershipId) ||
    (followUp.accountAmId !== null && followUp.accountAmId === member.membershipId) ||
    // The leaders' queue (no assignee) belongs to the leaders, who hold "followups:write" anyway.
    (followUp.assigneeId === null && can(member.roles, "followups:write"));
  return canAnyOrOwn(member.roles, WRITE.followUps, owns);
}
