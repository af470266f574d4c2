import { WRITE, canAnyOrOwn } from "@/lib/auth/permissions";

type Who = { roles: readonly string[]; membershipId: string };

/**
 * A project is its PM's (pmId): leaders ("projects:write") change any project, PMs ("projects:write:own") those they
 * manage. Asked by every project mutation on the loaded row and by the pages and rows that show the controls.
 */
export function mayWriteProject(member: Who, pmId: string): boolean {
  return canAnyOrOwn(member.roles, WRITE.projects, pmId === member.membershipId);
}
