import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { auditTrail, everything, peopleAndAgencies } from "../support/db-state";
import { signInAs } from "../support/session";
import { createAgencyFixture, type AgencyFixture } from "../factories/tenants";
import { addMember, addPendingInvitation, newEmail } from "../factories/members";
import * as actions from "@/lib/actions/members";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);

type ActionName = keyof typeof actions;

let db: AppTestDatabase;
let a: AgencyFixture;

beforeAll(async () => {
  db = await useAppTestDatabase();
});
afterAll(async () => db.close());
beforeEach(async () => {
  a = await createAgencyFixture(db.admin, "Alpha");
  signInAs(a.users.leader);
});

const membership = (id: string) => db.admin.membership.findUniqueOrThrow({ where: { id } });
const newEvents = async (before: number) => (await auditTrail(db.admin, a.agency.id)).slice(before);
const auditCount = async () => (await auditTrail(db.admin, a.agency.id)).length;

describe("members.invite as a leader", () => {
  it("stores a pending invitation (hashed token, 7-day expiry) and audits it in the same agency", async () => {
    const audits = await auditCount();
    const result = await actions.invite(a.agency.slug, {
      email: "  New.Person@Example.TEST ",
      roles: ["AM", "PM", "AM"],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const invitation = await db.admin.invitation.findUniqueOrThrow({ where: { id: result.data.invitationId } });
    expect(invitation).toMatchObject({
      agencyId: a.agency.id,
      email: "new.person@example.test",
      roles: ["AM", "PM"],
      invitedById: a.memberships.leader.id,
      acceptedAt: null,
      revokedAt: null,
    });
    const [agencyPart, secret] = result.data.token.split(".");
    expect(agencyPart).toBe(a.agency.id);
    expect(invitation.tokenHash).toBe(createHash("sha256").update(secret!).digest("hex"));
    expect(invitation.tokenHash).not.toContain(secret);
    expect(Math.abs(invitation.expiresAt.getTime() - (Date.now() + 7 * 86_400_000))).toBeLessThan(60_000);

    const [event, ...rest] = await newEvents(audits);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      agencyId: a.agency.id,
      actorId: a.users.leader.id,
      action: "invitation.created",
      entityType: "Invitation",
      entityId: invitation.id,
      before: null,
      after: { id: invitation.id, email: "new.person@example.test", roles: ["AM", "PM"] },
    });
  });

  it("refuses to invite someone who is already an active member, with a field error and no change", async () => {
    const before = await everything(db.admin);
    const result = await actions.invite(a.agency.slug, { email: a.users.am.email.toUpperCase(), roles: ["PM"] });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { email: [expect.any(String)] } });
    expect(await everything(db.admin)).toEqual(before);
  });
});

describe("members.revokeInvitation as a leader", () => {
  it("marks the invitation revoked and audits it; a second revoke finds nothing", async () => {
    const invited = await actions.invite(a.agency.slug, { email: newEmail(), roles: ["VIEWER"] });
    if (!invited.ok) throw new Error("invite failed");
    const audits = await auditCount();
    const result = await actions.revokeInvite(a.agency.slug, { invitationId: invited.data.invitationId });
    expect(result).toEqual({ ok: true, data: { id: invited.data.invitationId } });
    const invitation = await db.admin.invitation.findUniqueOrThrow({ where: { id: invited.data.invitationId } });
    expect(invitation.revokedAt).toBeInstanceOf(Date);
    expect(invitation.acceptedAt).toBeNull();
    expect(await newEvents(audits)).toMatchObject([
      {
        agencyId: a.agency.id,
        actorId: a.users.leader.id,
        action: "invitation.revoked",
        entityType: "Invitation",
        entityId: invitation.id,
        before: { id: invitation.id, email: invitation.email },
        after: null,
      },
    ]);

    const again = await actions.revokeInvite(a.agency.slug, { invitationId: invitation.id });
    expect(again).toMatchObject({ ok: false, code: "not_found" });
    const still = await db.admin.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(still.revokedAt).toEqual(invitation.revokedAt);
  });
});

describe("members.changeRoles as a leader", () => {
  it("replaces the roles and audits before and after", async () => {
    const audits = await auditCount();
    const result = await actions.changeRoles(a.agency.slug, { membershipId: a.memberships.am.id, roles: ["AM", "PM"] });
    expect(result).toEqual({ ok: true, data: { id: a.memberships.am.id, roles: ["AM", "PM"] } });
    expect((await membership(a.memberships.am.id)).roles).toEqual(["AM", "PM"]);
    expect(await newEvents(audits)).toMatchObject([
      {
        agencyId: a.agency.id,
        actorId: a.users.leader.id,
        action: "member.roles_changed",
        entityType: "Membership",
        entityId: a.memberships.am.id,
        before: { roles: ["AM"] },
        after: { roles: ["AM", "PM"] },
      },
    ]);
  });

  it("never takes the Leader role from the owner, whoever asks", async () => {
    const other = await addMember(db.admin, a.agency.id, ["LEADER"], { label: "leader2" });
    for (const actor of [a.users.leader, other.user]) {
      signInAs(actor);
      const before = await everything(db.admin);
      const result = await actions.changeRoles(a.agency.slug, { membershipId: a.memberships.leader.id, roles: ["AM"] });
      expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { roles: [expect.any(String)] } });
      expect(await everything(db.admin)).toEqual(before);
    }
    expect((await membership(a.memberships.leader.id)).roles).toEqual(["LEADER"]);
  });
});

/** The audit event of the leader switching a membership to `active`. */
const activeChange = (action: string, membershipId: string, active: boolean) => ({
  agencyId: a.agency.id,
  actorId: a.users.leader.id,
  action,
  entityType: "Membership",
  entityId: membershipId,
  before: { active: !active },
  after: { active },
});

describe("members.deactivate and members.reactivate as a leader", () => {
  it("deactivates a member and audits it", async () => {
    const audits = await auditCount();
    const result = await actions.deactivateMember(a.agency.slug, { membershipId: a.memberships.pm.id });
    expect(result).toEqual({ ok: true, data: { id: a.memberships.pm.id, active: false } });
    expect((await membership(a.memberships.pm.id)).active).toBe(false);
    expect(await newEvents(audits)).toMatchObject([activeChange("member.deactivated", a.memberships.pm.id, false)]);
  });

  it("reactivates a deactivated member and audits it; reactivating an active member changes and audits nothing", async () => {
    await db.admin.membership.update({ where: { id: a.memberships.viewer.id }, data: { active: false } });
    const audits = await auditCount();
    const result = await actions.reactivateMember(a.agency.slug, { membershipId: a.memberships.viewer.id });
    expect(result).toEqual({ ok: true, data: { id: a.memberships.viewer.id, active: true } });
    expect((await membership(a.memberships.viewer.id)).active).toBe(true);
    expect(await newEvents(audits)).toMatchObject([activeChange("member.reactivated", a.memberships.viewer.id, true)]);

    const before = await everything(db.admin);
    expect(await actions.reactivateMember(a.agency.slug, { membershipId: a.memberships.viewer.id })).toEqual({
      ok: true,
      data: { id: a.memberships.viewer.id, active: true },
    });
    expect(await everything(db.admin)).toEqual(before);
  });

  it("never deactivates the owner (asked by another leader or by the owner), nor a leader themselves", async () => {
    const other = await addMember(db.admin, a.agency.id, ["LEADER"], { label: "leader2" });
    const attempts = [
      { actor: other.user, target: a.memberships.leader.id },
      { actor: a.users.leader, target: a.memberships.leader.id },
      { actor: other.user, target: other.membership.id },
    ];
    for (const { actor, target } of attempts) {
      signInAs(actor);
      const before = await everything(db.admin);
      expect(await actions.deactivateMember(a.agency.slug, { membershipId: target })).toMatchObject({
        ok: false,
        code: "invalid",
      });
      expect(await everything(db.admin)).toEqual(before);
    }
    expect((await membership(a.memberships.leader.id)).active).toBe(true);
  });

  it("a deactivated leader can no longer act in the agency", async () => {
    const other = await addMember(db.admin, a.agency.id, ["LEADER"], { label: "gone", active: false });
    signInAs(other.user);
    const before = await everything(db.admin);
    expect(await actions.deactivateMember(a.agency.slug, { membershipId: a.memberships.am.id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await everything(db.admin)).toEqual(before);
  });
});

/** Malformed inputs per action, each with the field the error must name. */
const uuidLike = "5f0c6b8e-8d3a-4c55-9a43-0e6b7d1f2a90";
const longEmail = `${"x".repeat(250)}@example.test`;
const invalidInputs: Record<ActionName, [label: string, input: unknown, field: string][]> = {
  invite: [
    ["a malformed email", { email: "not-an-email", roles: ["AM"] }, "email"],
    ["an over-long email", { email: longEmail, roles: ["AM"] }, "email"],
    ["an email of the wrong type", { email: 42, roles: ["AM"] }, "email"],
    ["a missing email", { roles: ["AM"] }, "email"],
    ["an unknown role", { email: "ok@example.test", roles: ["OWNER"] }, "roles.0"],
    ["a lower-case role", { email: "ok@example.test", roles: ["leader"] }, "roles.0"],
    ["no roles", { email: "ok@example.test", roles: [] }, "roles"],
    ["roles given as a string", { email: "ok@example.test", roles: "AM" }, "roles"],
    ["missing roles", { email: "ok@example.test" }, "roles"],
    ["no input at all", null, "_form"],
  ],
  revokeInvite: [
    ["a non-uuid id", { invitationId: "123" }, "invitationId"],
    ["an id of the wrong type", { invitationId: 7 }, "invitationId"],
    ["a missing id", {}, "invitationId"],
    ["a string instead of an object", uuidLike, "_form"],
  ],
  changeRoles: [
    ["a non-uuid id", { membershipId: "abc", roles: ["AM"] }, "membershipId"],
    ["a missing id", { roles: ["AM"] }, "membershipId"],
    ["an unknown role", { membershipId: uuidLike, roles: ["SUPERUSER"] }, "roles.0"],
    ["no roles", { membershipId: uuidLike, roles: [] }, "roles"],
    ["roles of the wrong type", { membershipId: uuidLike, roles: { 0: "LEADER" } }, "roles"],
    ["too many roles", { membershipId: uuidLike, roles: ["AM", "PM", "VIEWER", "LEADER", "AM"] }, "roles"],
  ],
  deactivateMember: [
    ["a non-uuid id", { membershipId: "1 OR 1=1" }, "membershipId"],
    ["an id of the wrong type", { membershipId: [uuidLike] }, "membershipId"],
    ["a missing id", {}, "membershipId"],
  ],
  reactivateMember: [
    ["a non-uuid id", { membershipId: "../../etc" }, "membershipId"],
    ["an id of the wrong type", { membershipId: null }, "membershipId"],
    ["a missing id", { id: uuidLike }, "membershipId"],
  ],
};

describe("invalid input is refused before anything happens", () => {
  const cases = (Object.keys(invalidInputs) as ActionName[]).flatMap((name) =>
    invalidInputs[name].map(([label, input, field]) => [name, label, input, field] as const),
  );

  it("every action has invalid-input cases", () => {
    expect(Object.keys(invalidInputs).sort()).toEqual(Object.keys(actions).sort());
  });

  it.each(cases)("%s with %s → invalid, naming %s", async (name, _label, input, field) => {
    const before = await everything(db.admin);
    const result = await actions[name](a.agency.slug, input);
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
    expect(await everything(db.admin)).toEqual(before);
  });
});

/** A valid input per action for a member of `a` to attempt: created fresh, so it would succeed for a leader. */
async function validAttempt(name: ActionName, self: { id: string }): Promise<unknown> {
  switch (name) {
    case "invite":
      return { email: newEmail("attempt"), roles: ["LEADER"] };
    case "revokeInvite":
      return { invitationId: (await addPendingInvitation(db.admin, a.agency.id, a.memberships.leader.id)).id };
    case "changeRoles":
      return { membershipId: self.id, roles: ["LEADER"] }; // promoting oneself
    case "deactivateMember":
      // Someone with no accounts, reports or open projects: deactivating an owner of accounts needs the handover.
      return { membershipId: (await addMember(db.admin, a.agency.id, ["AM"])).membership.id };
    case "reactivateMember":
      return { membershipId: (await addMember(db.admin, a.agency.id, ["AM"], { active: false })).membership.id };
  }
}

const actionNames = Object.keys(actions) as ActionName[];
const auditName: Record<ActionName, string> = {
  invite: "members.invite",
  revokeInvite: "members.revokeInvitation",
  changeRoles: "members.changeRoles",
  deactivateMember: "members.deactivate",
  reactivateMember: "members.reactivate",
};

describe("roles without the permission are refused, and the refusal is audited", () => {
  const cases = actionNames.flatMap((name) => (["am", "pm", "viewer"] as const).map((role) => [name, role] as const));

  it.each(cases)("%s as %s → forbidden", async (name, role) => {
    const input = await validAttempt(name, a.memberships[role]);
    signInAs(a.users[role]);
    const before = await peopleAndAgencies(db.admin);
    const audits = await auditCount();
    const result = await actions[name](a.agency.slug, input);
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await peopleAndAgencies(db.admin)).toEqual(before);
    expect(await newEvents(audits)).toMatchObject([
      {
        agencyId: a.agency.id,
        actorId: a.users[role].id,
        action: "access.denied",
        entityType: "Action",
        entityId: auditName[name],
        after: { code: "forbidden", input: JSON.parse(JSON.stringify(input)) },
      },
    ]);
  });

  it("the same attempts succeed for the leader (so the refusals above were about the role)", async () => {
    for (const name of actionNames) {
      const result = await actions[name](a.agency.slug, await validAttempt(name, a.memberships.leader));
      expect(result.ok, name).toBe(true);
    }
  });
});

describe("signed out", () => {
  it.each(actionNames)("%s → unauthenticated, nothing changes and nothing is audited", async (name) => {
    const input = await validAttempt(name, a.memberships.leader);
    signInAs(null);
    const before = await everything(db.admin);
    expect(await actions[name](a.agency.slug, input)).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await everything(db.admin)).toEqual(before);
  });
});
