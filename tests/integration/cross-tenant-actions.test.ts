import { beforeEach, describe, expect, it, vi } from "vitest";
import * as actions from "@/lib/actions/members";
import { acceptInvitationAsMe } from "@/lib/actions/onboarding";
import type { AppTestDatabase } from "../support/app-database";
import { auditTrail, everything, peopleAndAgencies } from "../support/db-state";
import { signInAs } from "../support/session";
import { addMember, addUser, newEmail } from "../factories/members";
import { ACTION_REGISTRY } from "../fuzz/action-registry";
import { setUpTenants, type Tenants } from "../fuzz/fixtures";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);

/**
 * The audit trail of refused member actions, in detail. The probes are the registry's (tests/fuzz/action-registry.ts),
 * which the cross-tenant sweep (cross-tenant-every-action.test.ts) also sends to every other action; here each
 * refusal must be audited in A under the action's own name with the refused input, and a caller who is only a viewer
 * of B is refused by B's roles and audited in B.
 */
type ActionName = keyof typeof actions;
const entryOf = (name: ActionName) => ACTION_REGISTRY[`lib/actions/members#${name}`]!;

const AUDIT_NAME: Record<ActionName, string> = {
  invite: "members.invite",
  revokeInvite: "members.revokeInvitation",
  changeRoles: "members.changeRoles",
  deactivateMember: "members.deactivate",
  reactivateMember: "members.reactivate",
};

let db: AppTestDatabase, x: Tenants;
setUpTenants((s) => ({ db, x } = s));
beforeEach(() => signInAs(x.a.users.leader));

const actionNames = Object.keys(actions) as ActionName[];

describe("every member action has an audit name and registry probes", () => {
  it("the audit names cover exactly the exported actions, each of which has a registry entry", () => {
    expect(Object.keys(AUDIT_NAME).sort()).toEqual([...actionNames].sort());
    expect(actionNames.filter((name) => !ACTION_REGISTRY[`lib/actions/members#${name}`])).toEqual([]);
  });
});

describe("A's leader naming B's rows through A's slug", () => {
  it.each(actionNames)("%s → not_found, B untouched, each refusal audited in A", async (name) => {
    for (const input of entryOf(name).foreignIds(x)) {
      const before = await peopleAndAgencies(db.admin);
      const auditOfB = await auditTrail(db.admin, x.b.agencyId);
      const auditOfA = (await auditTrail(db.admin, x.a.agencyId)).length;

      const result = await actions[name](x.a.slug, input as never);

      expect(["not_found", "forbidden"], JSON.stringify(input)).toContain(result.ok ? "ok" : result.code);
      expect(await peopleAndAgencies(db.admin)).toEqual(before);
      expect(await auditTrail(db.admin, x.b.agencyId)).toEqual(auditOfB);
      expect((await auditTrail(db.admin, x.a.agencyId)).slice(auditOfA)).toMatchObject([
        {
          agencyId: x.a.agencyId,
          actorId: x.a.users.leader.id,
          action: "access.denied",
          entityType: "Action",
          entityId: AUDIT_NAME[name],
          after: { code: result.ok ? "ok" : result.code, input: JSON.parse(JSON.stringify(input)) },
        },
      ]);
    }
  });

  it("an agency id smuggled into invite's input is ignored: the invitation lands in A, never in B", async () => {
    const email = newEmail("smuggled");
    const result = await actions.invite(x.a.slug, { email, roles: ["AM"], agencyId: x.b.agencyId });
    expect(result.ok).toBe(true);
    const stored = await db.admin.invitation.findMany({ where: { email } });
    expect(stored.map((row) => row.agencyId)).toEqual([x.a.agencyId]);
  });
});

describe("A's leader who is only a VIEWER of B, using B's slug", () => {
  it.each(actionNames)("%s → forbidden (B's roles apply), audited in B", async (name) => {
    const viewer = await addMember(db.admin, x.b.agencyId, ["VIEWER"], { label: "visitor" });
    await db.admin.membership.create({ data: { agencyId: x.a.agencyId, userId: viewer.user.id, roles: ["LEADER"] } });
    signInAs(viewer.user);
    const before = await peopleAndAgencies(db.admin);
    const auditOfA = await auditTrail(db.admin, x.a.agencyId);
    const auditOfB = (await auditTrail(db.admin, x.b.agencyId)).length;

    const result = await actions[name](x.b.slug, entryOf(name).valid(x.b) as never);

    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await peopleAndAgencies(db.admin)).toEqual(before);
    expect(await auditTrail(db.admin, x.a.agencyId)).toEqual(auditOfA);
    expect((await auditTrail(db.admin, x.b.agencyId)).slice(auditOfB)).toMatchObject([
      { agencyId: x.b.agencyId, actorId: viewer.user.id, action: "access.denied", entityId: AUDIT_NAME[name] },
    ]);
  });
});

describe("invitation tokens are bound to their agency", () => {
  it("a token whose agency part is swapped is refused, in either direction, and the real token still works", async () => {
    const invitee = await addUser(db.admin, "invitee");
    const fromA = await actions.invite(x.a.slug, { email: invitee.email, roles: ["PM"] });
    signInAs(x.b.users.leader);
    const fromB = await actions.invite(x.b.slug, { email: invitee.email, roles: ["VIEWER"] });
    if (!fromA.ok || !fromB.ok) throw new Error("invitations were not created");
    const secretOf = (token: string) => token.slice(token.indexOf(".") + 1);

    signInAs(invitee);
    const before = await everything(db.admin);
    for (const token of [
      `${x.b.agencyId}.${secretOf(fromA.data.token)}`,
      `${x.a.agencyId}.${secretOf(fromB.data.token)}`,
    ]) {
      const result = await acceptInvitationAsMe({ token });
      expect(result).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await everything(db.admin)).toEqual(before);
    expect(await db.admin.membership.count({ where: { userId: invitee.id } })).toBe(0);

    expect(await acceptInvitationAsMe({ token: fromA.data.token })).toEqual({ ok: true, data: { slug: x.a.slug } });
    const memberships = await db.admin.membership.findMany({ where: { userId: invitee.id } });
    expect(memberships.map((m) => [m.agencyId, m.roles])).toEqual([[x.a.agencyId, ["PM"]]]);
  });
});
