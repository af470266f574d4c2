import { can } from "@/lib/auth/permissions";

/**
 * Who may see and change a person's people record (level, development plan, 1:1s): the agency's leaders, the person
 * themselves and their current manager. Asked by every people mutation on the loaded row and by the pages before
 * showing anything; the database enforces the same for 1:1s (row-level security, the people migration).
 */
type Who = { roles: readonly string[]; membershipId: string };
type Person = { id: string; managerId: string | null };

export function leadsPeople(member: Who): boolean {
  return can(member.roles, "people:manage");
}

export function maySeePerson(member: Who, person: Person): boolean {
  return leadsPeople(member) || person.id === member.membershipId || person.managerId === member.membershipId;
}

/** Goals, training items and one's own view: the person, their manager, a leader. */
export function mayWriteDevelopment(member: Who, person: Person): boolean {
  if (leadsPeople(member)) return true;
  return can(member.roles, "people:write:own") && maySeePerson(member, person);
}

/** SELF only by the person; MANAGER only by their manager or a leader (never about oneself). */
export function mayAssess(member: Who, person: Person, source: "SELF" | "MANAGER"): boolean {
  if (source === "SELF") return person.id === member.membershipId;
  if (person.id === member.membershipId) return false;
  return leadsPeople(member) || (can(member.roles, "people:write:own") && person.managerId === member.membershipId);
}

/** A 1:1 is recorded by the manager side: the current manager or a leader, never by the AM about themselves. */
export function mayRecordOneOnOne(member: Who, person: Person): boolean {
  return person.id !== member.membershipId && mayAssess(member, person, "MANAGER");
}

/** An agreed action is ticked by the AM, the manager who held the 1:1, their current manager or a leader. */
export function mayTickAction(
  member: Who,
  action: { amId: string; managerId: string },
  currentManagerId: string | null,
) {
  return leadsPeople(member) || [action.amId, action.managerId, currentManagerId].includes(member.membershipId);
}
