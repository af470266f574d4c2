import { can } from "@/lib/auth/permissions";

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
  if (can(member.roles, "kpis:write")) return true;
  if (owner.membershipId !== null) return false;
  return can(member.roles, "kpis:write:own") && owner.accountAmId === member.membershipId;
}

export function mayMeasureKpi(member: Who, owner: { accountAmId: string | null; membershipId: string | null }) {
  if (can(member.roles, "kpis:write")) return true;
  if (!can(member.roles, "kpis:write:own")) return false;
  return owner.membershipId !== null
    ? owner.membershipId === member.membershipId
    : owner.accountAmId === member.membershipId;
}

export function mayWriteSomeKpi(member: Pick<Who, "roles">) {
  return can(member.roles, "kpis:write") || can(member.roles, "kpis:write:own");
}
