import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as actions from "@/lib/actions/members";
import { acceptInvitationAsMe } from "@/lib/actions/onboarding";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { auditTrail, everything, peopleAndAgencies } from "../support/db-state";
import { signInAs } from "../support/session";
import { createAgencyFixture, type AgencyFixture } from "../factories/tenants";
import { addMember, addPendingInvitation, addUser, newEmail } from "../factories/members";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);

/**
 * Agency A's leader probes agency B through every member action. Each action must say how it is probed; the first
 * test fails when lib/actions/members.ts exports an action this table does not cover.
 */
type ActionName = keyof typeof actions;
type Probe = {
  /** Inputs naming B's rows, sent with A's slug: each must be refused and leave B untouched. */
  foreignIds(b: BRows): unknown[];
  /** A valid input inside B (B's own rows), sent with B's slug by someone who is not a member of B. */
  inB(b: BRows): unknown;
};
type BRows = {
  fixture: AgencyFixture;
  pendingInvitationId: string;
  inactiveMembershipId: string;
};

const PROBES: Record<ActionName, Probe> = {
  invite: {
    // invite names no existing row; an agency id smuggled into its input is covered by its own test below.
    foreignIds: () => [],
    inB: () => ({ email: newEmail("probe"), roles: ["LEADER"] }),
  },
  revokeInvite: {
    foreignIds: (b) => [
      { invitationId: b.pendingInvitationId },
      { invitationId: b.pendingInvitationId, agencyId: b.fixture.agency.id },
    ],
    inB: (b) => ({ invitationId: b.pendingInvitationId }),
  },
  changeRoles: {
    foreignIds: (b) => [
      { membershipId: b.fixture.memberships.am.id, roles: ["VIEWER"] },
      { membershipId: b.fixture.memberships.leader.id, roles: ["AM"] },
      { membershipId: b.fixture.memberships.viewer.id, roles: ["LEADER"], agencyId: b.fixture.agency.id },
    ],
    inB: (b) => ({ membershipId: b.fixture.memberships.am.id, roles: ["VIEWER"] }),
  },
  deactivateMember: {
    foreignIds: (b) => [{ membershipId: b.fixture.memberships.am.id }, { membershipId: b.fixture.memberships.pm.id }],
    inB: (b) => ({ membershipId: b.fixture.memberships.am.id }),
  },
  reactivateMember: {
    foreignIds: (b) => [{ membershipId: b.inactiveMembershipId }],
    inB: (b) => ({ membershipId: b.inactiveMembershipId }),
  },
};

const AUDIT_NAME: Record<ActionName, string> = {
  invite: "members.invite",
  revokeInvite: "members.revokeInvitation",
  changeRoles: "members.changeRoles",
  deactivateMember: "members.deactivate",
  reactivateMember: "members.reactivate",
};

let db: AppTestDatabase;
let a: AgencyFixture;
let b: BRows;

beforeAll(async () => {
  db = await useAppTestDatabase();
  a = await createAgencyFixture(db.admin, "Alpha");
  const fixture = await createAgencyFixture(db.admin, "Beta");
  b = {
    fixture,
    pendingInvitationId: (await addPendingInvitation(db.admin, fixture.agency.id, fixture.memberships.leader.id)).id,
    inactiveMembershipId: (await addMember(db.admin, fixture.agency.id, ["AM"], { active: false })).membership.id,
  };
});
afterAll(async () => db.close());
beforeEach(() => signInAs(a.users.leader));

const actionNames = Object.keys(actions) as ActionName[];

describe("every member action has a cross-tenant probe", () => {
  it("the probe table covers exactly the exported actions", () => {
    expect(Object.keys(PROBES).sort()).toEqual([...actionNames].sort());
    expect(Object.keys(AUDIT_NAME).sort()).toEqual([...actionNames].sort());
  });

  it("every action that takes ids has at least one foreign-id probe", () => {
    const withIds = actionNames.filter((name) => JSON.stringify(PROBES[name].inB(b)).includes('Id"'));
    for (const name of withIds) expect(PROBES[name].foreignIds(b).length, name).toBeGreaterThan(0);
  });
});

describe("A's leader naming B's rows through A's slug", () => {
  const cases = actionNames.flatMap((name) =>
    // An action missing from PROBES yields no case here; the coverage test above fails for it instead.
    (PROBES[name]?.foreignIds(placeholderRows()) ?? []).map((_, i) => [name, i] as const),
  );

  it.each(cases)("%s (probe %i) → not_found, B untouched, refusal audited in A", async (name, index) => {
    const input = PROBES[name].foreignIds(b)[index];
    const before = await peopleAndAgencies(db.admin);
    const auditOfB = await auditTrail(db.admin, b.fixture.agency.id);
    const auditOfA = (await auditTrail(db.admin, a.agency.id)).length;

    const result = await actions[name](a.agency.slug, input);

    expect(["not_found", "forbidden"]).toContain(result.ok ? "ok" : result.code);
    expect(await peopleAndAgencies(db.admin)).toEqual(before);
    expect(await auditTrail(db.admin, b.fixture.agency.id)).toEqual(auditOfB);
    expect((await auditTrail(db.admin, a.agency.id)).slice(auditOfA)).toMatchObject([
      {
        agencyId: a.agency.id,
        actorId: a.users.leader.id,
        action: "access.denied",
        entityType: "Action",
        entityId: AUDIT_NAME[name],
        after: { code: result.ok ? "ok" : result.code, input: JSON.parse(JSON.stringify(input)) },
      },
    ]);
  });

  it("an agency id smuggled into invite's input is ignored: the invitation lands in A, never in B", async () => {
    const email = newEmail("smuggled");
    const result = await actions.invite(a.agency.slug, { email, roles: ["AM"], agencyId: b.fixture.agency.id });
    expect(result.ok).toBe(true);
    const stored = await db.admin.invitation.findMany({ where: { email } });
    expect(stored.map((row) => row.agencyId)).toEqual([a.agency.id]);
  });
});

describe("A's leader using B's slug", () => {
  it.each(actionNames)("%s → not_found and nothing changes anywhere", async (name) => {
    const before = await everything(db.admin);
    const result = await actions[name](b.fixture.agency.slug, PROBES[name].inB(b));
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await everything(db.admin)).toEqual(before);
  });

  it.each(actionNames)(
    "%s by a LEADER of A who is only a VIEWER of B → forbidden (B's roles apply), audited in B",
    async (name) => {
      const viewer = await addMember(db.admin, b.fixture.agency.id, ["VIEWER"], { label: "visitor" });
      await db.admin.membership.create({ data: { agencyId: a.agency.id, userId: viewer.user.id, roles: ["LEADER"] } });
      signInAs(viewer.user);
      const before = await peopleAndAgencies(db.admin);
      const auditOfA = await auditTrail(db.admin, a.agency.id);
      const auditOfB = (await auditTrail(db.admin, b.fixture.agency.id)).length;

      const result = await actions[name](b.fixture.agency.slug, PROBES[name].inB(b));

      expect(result).toMatchObject({ ok: false, code: "forbidden" });
      expect(await peopleAndAgencies(db.admin)).toEqual(before);
      expect(await auditTrail(db.admin, a.agency.id)).toEqual(auditOfA);
      expect((await auditTrail(db.admin, b.fixture.agency.id)).slice(auditOfB)).toMatchObject([
        { agencyId: b.fixture.agency.id, actorId: viewer.user.id, action: "access.denied", entityId: AUDIT_NAME[name] },
      ]);
    },
  );
});

describe("invitation tokens are bound to their agency", () => {
  it("a token whose agency part is swapped is refused, in either direction, and the real token still works", async () => {
    const invitee = await addUser(db.admin, "invitee");
    const fromA = await actions.invite(a.agency.slug, { email: invitee.email, roles: ["PM"] });
    signInAs(b.fixture.users.leader);
    const fromB = await actions.invite(b.fixture.agency.slug, { email: invitee.email, roles: ["VIEWER"] });
    if (!fromA.ok || !fromB.ok) throw new Error("invitations were not created");
    const secretOf = (token: string) => token.slice(token.indexOf(".") + 1);

    signInAs(invitee);
    const before = await everything(db.admin);
    for (const token of [
      `${b.fixture.agency.id}.${secretOf(fromA.data.token)}`,
      `${a.agency.id}.${secretOf(fromB.data.token)}`,
    ]) {
      const result = await acceptInvitationAsMe({ token });
      expect(result).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await everything(db.admin)).toEqual(before);
    expect(await db.admin.membership.count({ where: { userId: invitee.id } })).toBe(0);

    expect(await acceptInvitationAsMe({ token: fromA.data.token })).toEqual({
      ok: true,
      data: { slug: a.agency.slug },
    });
    const memberships = await db.admin.membership.findMany({ where: { userId: invitee.id } });
    expect(memberships.map((m) => [m.agencyId, m.roles])).toEqual([[a.agency.id, ["PM"]]]);
  });
});

/** Shape-only rows so it.each can enumerate the probes before beforeAll has created the real ones. */
function placeholderRows(): BRows {
  const id = "00000000-0000-4000-8000-000000000000";
  const m = { id };
  return {
    fixture: { agency: { id }, memberships: { leader: m, am: m, pm: m, viewer: m } } as unknown as AgencyFixture,
    pendingInvitationId: id,
    inactiveMembershipId: id,
  };
}
