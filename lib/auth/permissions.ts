/**
 * The role → permission table: the single source of truth, checked on the server by every page and action
 * (lib/auth/membership.ts, lib/actions/define-action.ts) and mirrored in the UI only to hide what would be refused.
 * Deny by default: a permission not listed for any of a member's roles is refused.
 * "…:own" permissions additionally require the member to own the resource (checked where the resource is loaded).
 */
export const ROLES = ["LEADER", "AM", "PM", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "agency:read",
  "agency:settings", // name, employee count, guideline override, cadences, health weights
  "members:read",
  "members:invite",
  "members:manage", // change roles, deactivate
  "audit:read",
  "portfolio:read",
  "accounts:reassign",
  "accounts:write", // create/edit/archive any account and client
  "accounts:write:own",
  "checkins:write", // on any account
  "checkins:write:own",
  "contacts:write",
  "contacts:write:own",
  "kpis:write",
  "kpis:write:own",
  "growth:write",
  "growth:write:own",
  "projects:write",
  "projects:write:own",
  "import:run",
  "agency:export", // one archive of every table the agency owns, the audit log included
  "agency:transfer", // owner only (OWNER_PERMISSIONS): hand ownership to another leader
  "agency:delete", // owner only (OWNER_PERMISSIONS): delete the agency and every row it owns
  "people:read", // the people pages: a leader sees everyone, an AM themselves and whom they manage
  "people:manage", // career ladder, levels, manager pairs, handover
  "people:write:own", // own self-assessment and development plan, 1:1s with own reports, ticking own 1:1 actions
  "commercial:write", // retainer scope, hours, scope requests, value-change links on any account
  "commercial:write:own",
  "followups:write", // create, close and reassign follow-ups on any account
  "followups:write:own", // on accounts one manages and follow-ups assigned to oneself
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  LEADER: [
    "agency:read",
    "agency:settings",
    "members:read",
    "members:invite",
    "members:manage",
    "audit:read",
    "portfolio:read",
    "accounts:reassign",
    "accounts:write",
    "checkins:write",
    "contacts:write",
    "kpis:write",
    "growth:write",
    "projects:write",
    "import:run",
    "agency:export",
    "people:read",
    "people:manage",
    "commercial:write",
    "followups:write",
  ],
  AM: [
    "agency:read",
    "members:read",
    "portfolio:read",
    "accounts:write:own",
    "checkins:write:own",
    "contacts:write:own",
    "kpis:write:own",
    "growth:write:own",
    "people:read",
    "people:write:own",
    "commercial:write:own",
    "followups:write:own",
  ],
  PM: ["agency:read", "members:read", "portfolio:read", "projects:write:own", "followups:write:own"],
  VIEWER: ["agency:read", "members:read", "portfolio:read"],
};

export function can(roles: readonly string[], permission: Permission): boolean {
  // Own keys only: "constructor", "toString" etc. are not roles and must be refused, not looked up on the prototype.
  return roles.some(
    (role) => Object.hasOwn(ROLE_PERMISSIONS, role) && ROLE_PERMISSIONS[role as Role].includes(permission),
  );
}

/**
 * Ownership is not a role (Membership.isOwner: exactly the agency's creator or whoever it was handed to), so the
 * owner's powers are listed here rather than in ROLE_PERMISSIONS: no role grants them, only being the owner does.
 */
export const OWNER_PERMISSIONS: readonly Permission[] = ["agency:transfer", "agency:delete"];

/** The check for a member: their roles' permissions, plus the owner's when they are the owner. */
export function memberCan(member: { roles: readonly string[]; isOwner: boolean }, permission: Permission): boolean {
  if (OWNER_PERMISSIONS.includes(permission)) return member.isOwner;
  return can(member.roles, permission);
}

/**
 * "Any or own": the leader's permission on every row of a resource, and the member's on the rows they own. The
 * action wrapper admits a member holding either (the coarse gate); the resource's ownership rule in
 * `lib/domain/<area>/access.ts` decides on the loaded row, and the UI asks the same rule before showing a control.
 */
export type AnyOrOwn = { readonly any: Permission; readonly own: Permission };

export const WRITE = {
  accounts: { any: "accounts:write", own: "accounts:write:own" },
  checkIns: { any: "checkins:write", own: "checkins:write:own" },
  contacts: { any: "contacts:write", own: "contacts:write:own" },
  kpis: { any: "kpis:write", own: "kpis:write:own" },
  growth: { any: "growth:write", own: "growth:write:own" },
  projects: { any: "projects:write", own: "projects:write:own" },
  people: { any: "people:manage", own: "people:write:own" },
  commercial: { any: "commercial:write", own: "commercial:write:own" },
  followUps: { any: "followups:write", own: "followups:write:own" },
} as const satisfies Record<string, AnyOrOwn>;

/** May write some row of the resource: the wrapper's gate for an any-or-own action. */
export function canSome(roles: readonly string[], permission: AnyOrOwn): boolean {
  return can(roles, permission.any) || can(roles, permission.own);
}

/** May write this row: any of them, or this one when the member owns it. */
export function canAnyOrOwn(roles: readonly string[], permission: AnyOrOwn, owns: boolean): boolean {
  return can(roles, permission.any) || (owns && can(roles, permission.own));
}
