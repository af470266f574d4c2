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
  ],
  PM: ["agency:read", "members:read", "portfolio:read", "projects:write:own"],
  VIEWER: ["agency:read", "members:read", "portfolio:read"],
};

export function can(roles: readonly string[], permission: Permission): boolean {
  // Own keys only: "constructor", "toString" etc. are not roles and must be refused, not looked up on the prototype.
  return roles.some(
    (role) => Object.hasOwn(ROLE_PERMISSIONS, role) && ROLE_PERMISSIONS[role as Role].includes(permission),
  );
}
