import { describe, expect, it } from "vitest";
import {
  can,
  memberCan,
  OWNER_PERMISSIONS,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  ROLES,
  type Permission,
  type Role,
} from "@/lib/auth/permissions";

/**
 * Who holds each permission, written out by hand: the roles (space-separated) → the permissions they, and only they,
 * hold. A change to ROLE_PERMISSIONS (a permission granted, withdrawn or added) fails here until this table is updated
 * too, so every change to who-may-do-what is a deliberate one.
 */
const HELD_BY: Record<string, string> = {
  "LEADER AM PM VIEWER": "agency:read members:read portfolio:read",
  "LEADER AM": "people:read",
  "AM PM": "followups:write:own",
  LEADER:
    "agency:settings members:invite members:manage audit:read accounts:reassign accounts:write checkins:write " +
    "contacts:write kpis:write growth:write projects:write import:run agency:export people:manage commercial:write " +
    "followups:write",
  AM:
    "accounts:write:own checkins:write:own contacts:write:own kpis:write:own growth:write:own people:write:own " +
    "commercial:write:own",
  PM: "projects:write:own",
  // The owner's (OWNER_PERMISSIONS): no role grants them; being the owner does (memberCan, below).
  "": "agency:transfer agency:delete",
};
const words = (list: string) => list.split(" ").filter(Boolean);
const holders = new Map(
  Object.entries(HELD_BY).flatMap(([roles, permissions]) => words(permissions).map((p) => [p, words(roles)] as const)),
);
const listed = Object.values(HELD_BY).flatMap(words);

const expected = (role: Role, permission: Permission) => holders.get(permission)?.includes(role) ?? false;
const pairs = ROLES.flatMap((role) => PERMISSIONS.map((permission) => [role, permission] as const));

describe("the role → permission table", () => {
  it("lists exactly the roles and permissions this test knows", () => {
    expect([...ROLES]).toEqual(["LEADER", "AM", "PM", "VIEWER"]);
    expect([...PERMISSIONS].sort()).toEqual(listed.sort()); // each permission listed once
    expect(new Set(Object.keys(HELD_BY).flatMap(words))).toEqual(new Set(ROLES));
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
    expect(pairs).toHaveLength(4 * 31);
  });

  it.each(pairs)("can([%s], %s) matches the expected table", (role, permission) => {
    expect(can([role], permission)).toBe(expected(role, permission));
  });

  it("grants no permission that is not in PERMISSIONS (no typos hiding in the table)", () => {
    for (const role of ROLES) {
      for (const permission of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(permission);
    }
  });
});

describe("deny by default", () => {
  const unknownRoles = [
    "OWNER",
    "ADMIN",
    "leader", // roles are case-sensitive
    " LEADER",
    "",
    // Names that exist on every plain object: a lookup by property must not find Object.prototype's members.
    "constructor",
    "__proto__",
    "toString",
    "hasOwnProperty",
    "valueOf",
  ];

  it.each(unknownRoles)("the unknown role %j is refused every permission", (role) => {
    for (const permission of PERMISSIONS) expect(can([role], permission)).toBe(false);
  });

  it("no roles at all is refused every permission", () => {
    for (const permission of PERMISSIONS) expect(can([], permission)).toBe(false);
  });

  it("an unknown role next to a known one neither adds nor removes anything", () => {
    for (const role of ROLES) {
      for (const permission of PERMISSIONS) {
        expect(can(["constructor", role, "ADMIN"], permission)).toBe(expected(role, permission));
      }
    }
  });
});

describe("several roles", () => {
  const combinations: Role[][] = [
    ["LEADER", "AM"],
    ["AM", "PM"],
    ["PM", "VIEWER"],
    ["AM", "VIEWER"],
    ["LEADER", "AM", "PM", "VIEWER"],
  ];

  it.each(combinations.map((roles) => [roles.join("+"), roles] as const))(
    "%s holds the union of its roles' permissions",
    (_label, roles) => {
      for (const permission of PERMISSIONS) {
        expect(can(roles, permission)).toBe(roles.some((role) => expected(role, permission)));
      }
    },
  );

  it("an AM who is also a PM may write their own projects and their own accounts, but not everyone's", () => {
    expect(can(["AM", "PM"], "projects:write:own")).toBe(true);
    expect(can(["AM", "PM"], "accounts:write:own")).toBe(true);
    expect(can(["AM", "PM"], "projects:write")).toBe(false);
    expect(can(["AM", "PM"], "members:manage")).toBe(false);
  });

  it("order and repetition of roles do not matter", () => {
    for (const permission of PERMISSIONS) {
      expect(can(["VIEWER", "AM", "AM"], permission)).toBe(can(["AM", "VIEWER"], permission));
    }
  });
});

describe("the owner's permissions", () => {
  it("only the owner holds transfer and delete, whatever their roles; the owner keeps every role permission", () => {
    expect([...OWNER_PERMISSIONS].sort()).toEqual(["agency:delete", "agency:transfer"]);
    for (const permission of OWNER_PERMISSIONS) {
      expect(memberCan({ roles: ["LEADER"], isOwner: true }, permission)).toBe(true);
      expect(memberCan({ roles: ["LEADER"], isOwner: false }, permission)).toBe(false);
      expect(memberCan({ roles: [], isOwner: false }, permission)).toBe(false);
    }
    for (const permission of PERMISSIONS.filter((p) => !OWNER_PERMISSIONS.includes(p))) {
      expect(memberCan({ roles: ["LEADER"], isOwner: true }, permission)).toBe(can(["LEADER"], permission));
      expect(memberCan({ roles: ["VIEWER"], isOwner: true }, permission)).toBe(can(["VIEWER"], permission));
    }
  });
});
