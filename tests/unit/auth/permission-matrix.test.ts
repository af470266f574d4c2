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
 * The role → permission table written out by hand. A change to ROLE_PERMISSIONS (a permission granted, withdrawn or
 * added) fails here until this table is updated too, so every change to who-may-do-what is a deliberate one.
 */
const Y = true;
const N = false;
const EXPECTED: Record<Permission, [leader: boolean, am: boolean, pm: boolean, viewer: boolean]> = {
  //                      LEADER AM  PM  VIEWER
  "agency:read": /*      */ [Y, Y, Y, Y],
  "agency:settings": /*  */ [Y, N, N, N],
  "members:read": /*     */ [Y, Y, Y, Y],
  "members:invite": /*   */ [Y, N, N, N],
  "members:manage": /*   */ [Y, N, N, N],
  "audit:read": /*       */ [Y, N, N, N],
  "portfolio:read": /*   */ [Y, Y, Y, Y],
  "accounts:reassign": /**/ [Y, N, N, N],
  "accounts:write": /*   */ [Y, N, N, N],
  "accounts:write:own": [N, Y, N, N],
  "checkins:write": /*   */ [Y, N, N, N],
  "checkins:write:own": [N, Y, N, N],
  "contacts:write": /*   */ [Y, N, N, N],
  "contacts:write:own": [N, Y, N, N],
  "kpis:write": /*       */ [Y, N, N, N],
  "kpis:write:own": /*   */ [N, Y, N, N],
  "growth:write": /*     */ [Y, N, N, N],
  "growth:write:own": /* */ [N, Y, N, N],
  "projects:write": /*   */ [Y, N, N, N],
  "projects:write:own": [N, N, Y, N],
  "import:run": /*       */ [Y, N, N, N],
  "agency:export": /*    */ [Y, N, N, N],
  // The owner's (OWNER_PERMISSIONS): no role grants them; being the owner does (memberCan, below).
  "agency:transfer": /*  */ [N, N, N, N],
  "agency:delete": /*    */ [N, N, N, N],
  "people:read": /*      */ [Y, Y, N, N],
  "people:manage": /*    */ [Y, N, N, N],
  "people:write:own": /* */ [N, Y, N, N],
  "commercial:write": /* */ [Y, N, N, N],
  "commercial:write:own": [N, Y, N, N],
  "followups:write": /*  */ [Y, N, N, N],
  "followups:write:own": [N, Y, Y, N],
};
const COLUMN: Record<Role, 0 | 1 | 2 | 3> = { LEADER: 0, AM: 1, PM: 2, VIEWER: 3 };

const expected = (role: Role, permission: Permission) => EXPECTED[permission][COLUMN[role]];
const pairs = ROLES.flatMap((role) => PERMISSIONS.map((permission) => [role, permission] as const));

describe("the role → permission table", () => {
  it("lists exactly the roles and permissions this test knows", () => {
    expect([...ROLES]).toEqual(["LEADER", "AM", "PM", "VIEWER"]);
    expect([...PERMISSIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
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
