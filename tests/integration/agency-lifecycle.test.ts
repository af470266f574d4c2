import { describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { signInAs } from "../support/session";
import { addMember } from "../factories/members";
import { createTenant } from "../fuzz/fixtures";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const actions = await import("../../lib/actions/agency-lifecycle");
const { findMembership } = await import("../../lib/auth/membership");

/**
 * The owner's powers over the agency (issue 19, item 5): transfer of ownership and deletion. Every test checks the
 * other agency is untouched by comparing a per-table digest of ITS rows only.
 */
let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;
let coLeader: Awaited<ReturnType<typeof addMember>>;

const plain = (u: { id: string; name: string; email: string }) => ({ id: u.id, name: u.name, email: u.email });
const version = async (agencyId: string) =>
  (await db.admin.agency.findUniqueOrThrow({ where: { id: agencyId } })).settingsVersion;

/** Every table with an agencyId column, from the catalog (so a later slice's table is checked too). */
async function tenantTables(): Promise<string[]> {
  const rows = await db.admin.$queryRaw<{ t: string }[]>`
    SELECT table_name::text AS t FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'agencyId' AND table_name <> 'AgencyDeletion' ORDER BY 1`;
  return rows.map((r) => r.t);
}

/** Row count and a hash of every row of one agency, per table. */
async function digestOf(agencyId: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of await tenantTables()) {
    const [row] = await db.admin.$queryRawUnsafe<{ d: string }[]>(
      `SELECT count(*)::text || ':' || coalesce(md5(string_agg(x::text, ',' ORDER BY x::text)), '') AS d
       FROM "${t}" x WHERE x."agencyId" = $1::uuid AND NOT (to_jsonb(x) ->> 'action' IS NOT DISTINCT FROM 'access.denied')`,
      agencyId,
    );
    out[t] = row!.d;
  }
  const agency = await db.admin.agency.findUnique({ where: { id: agencyId } });
  out.Agency = JSON.stringify(agency);
  return out;
}

setUpTwoAgencies(async (s) => {
  ({ db, a, b } = s);
  coLeader = await addMember(db.admin, a.agency.id, ["LEADER"], { label: "coleader" });
});

describe("transferring ownership", () => {
  it("refuses a target that is not an active leader of this agency, with a field error, changing nothing", async () => {
    signInAs(plain(a.users.leader));
    const before = await digestOf(a.agency.id);
    const otherB = await digestOf(b.agency.id);
    const v = await version(a.agency.id);
    for (const membershipId of [a.memberships.am.id, b.memberships.leader.id, a.memberships.leader.id]) {
      const result = await actions.transferOwnership(a.agency.slug, { expectedVersion: v, membershipId });
      expect(result).toMatchObject({ ok: false, code: "invalid" });
      if (!result.ok) expect(result.fieldErrors?.membershipId?.length).toBeGreaterThan(0);
    }
    expect(await actions.transferOwnership(a.agency.slug, { expectedVersion: v, membershipId: "x" })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await digestOf(a.agency.id)).toEqual(before);
    expect(await digestOf(b.agency.id)).toEqual(otherB);
  });

  it("refuses a leader who is not the owner, and another agency's owner, changing nothing", async () => {
    const v = await version(a.agency.id);
    const before = await digestOf(a.agency.id);
    signInAs(plain(coLeader.user));
    expect(
      await actions.transferOwnership(a.agency.slug, { expectedVersion: v, membershipId: coLeader.membership.id }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    signInAs(plain(b.users.leader));
    expect(
      await actions.transferOwnership(a.agency.slug, { expectedVersion: v, membershipId: coLeader.membership.id }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(await digestOf(a.agency.id)).toEqual(before);
  });

  it("refuses a stale settings version with a conflict", async () => {
    signInAs(plain(a.users.leader));
    const v = await version(a.agency.id);
    const result = await actions.transferOwnership(a.agency.slug, {
      expectedVersion: v - 1 || v + 1,
      membershipId: coLeader.membership.id,
    });
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    expect((await db.admin.membership.findUniqueOrThrow({ where: { id: a.memberships.leader.id } })).isOwner).toBe(
      true,
    );
  });

  it("hands ownership to another leader, audited, and the old owner loses the owner's powers", async () => {
    signInAs(plain(a.users.leader));
    const otherB = await digestOf(b.agency.id);
    const v = await version(a.agency.id);
    const result = await actions.transferOwnership(a.agency.slug, {
      expectedVersion: v,
      membershipId: coLeader.membership.id,
    });
    expect(result).toEqual({ ok: true, data: { version: v + 1 } });
    const owners = await db.admin.membership.findMany({ where: { agencyId: a.agency.id, isOwner: true } });
    expect(owners.map((m) => m.id)).toEqual([coLeader.membership.id]);
    const event = await db.admin.auditEvent.findFirstOrThrow({
      where: { agencyId: a.agency.id, action: "agency.ownership_transferred" },
    });
    expect(event.actorId).toBe(a.users.leader.id);
    expect(event.before).toMatchObject({ ownerMembershipId: a.memberships.leader.id, version: v });
    expect(event.after).toMatchObject({ ownerMembershipId: coLeader.membership.id, ownerEmail: coLeader.user.email });
    // The former owner is still a leader, but no longer the owner: a second transfer or a delete is refused.
    expect(
      await actions.transferOwnership(a.agency.slug, { expectedVersion: v + 1, membershipId: a.memberships.leader.id }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    expect(await actions.deleteAgency(a.agency.slug, { confirmName: a.agency.name })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await digestOf(b.agency.id)).toEqual(otherB);
    // And back, for the tests below.
    signInAs(plain(coLeader.user));
    expect(
      await actions.transferOwnership(a.agency.slug, { expectedVersion: v + 1, membershipId: a.memberships.leader.id }),
    ).toMatchObject({ ok: true });
  });
});

describe("deleting the agency", () => {
  it("refuses a name that does not match, with a field error, changing nothing", async () => {
    signInAs(plain(a.users.leader));
    const before = await digestOf(a.agency.id);
    for (const confirmName of ["alpha agency", "Alpha", " ", ""]) {
      const result = await actions.deleteAgency(a.agency.slug, { confirmName });
      expect(result).toMatchObject({ ok: false, code: "invalid" });
      if (!result.ok) expect(result.fieldErrors?.confirmName?.length).toBeGreaterThan(0);
    }
    expect(await digestOf(a.agency.id)).toEqual(before);
  });

  it("refuses every member who is not the owner (a leader included) and other agencies' people", async () => {
    const before = await digestOf(a.agency.id);
    for (const who of [coLeader.user, a.users.am, a.users.viewer]) {
      signInAs(plain(who));
      expect(await actions.deleteAgency(a.agency.slug, { confirmName: a.agency.name })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    signInAs(plain(b.users.leader));
    expect(await actions.deleteAgency(a.agency.slug, { confirmName: a.agency.name })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await digestOf(a.agency.id)).toEqual(before);
  });

  it("the database function refuses a caller who is not the owner even when called directly", async () => {
    const { withTenant } = await import("../../lib/db/tenant");
    await expect(
      withTenant(a.agency.id, coLeader.user.id, (tx) => tx.$queryRaw`SELECT app_delete_agency(${a.agency.id}::uuid)`),
    ).rejects.toThrow(/owner/);
    await expect(
      withTenant(b.agency.id, a.users.leader.id, (tx) => tx.$queryRaw`SELECT app_delete_agency(${a.agency.id}::uuid)`),
    ).rejects.toThrow(/current agency/);
    expect(await db.admin.agency.findUnique({ where: { id: a.agency.id } })).not.toBeNull();
  });

  it("removes every row of a full agency in one go, keeps the trail outside it, ends lone members' sessions", async () => {
    const doomed = await createTenant(db.admin, "Doomed");
    // Rows the fixture lacks: a check-in with an attendee (and the rollups it derives), a guideline change, audit rows.
    const checkIn = await db.admin.checkIn.create({
      data: {
        agencyId: doomed.agencyId,
        accountId: doomed.ids.account,
        authorId: doomed.ids.am,
        occurredAt: new Date("2026-03-01"),
        channel: "CALL",
        sentiment: 4,
        summary: "Fine",
      },
    });
    await db.admin.checkInContact.create({
      data: { agencyId: doomed.agencyId, checkInId: checkIn.id, contactId: doomed.ids.contact },
    });
    // The doomed AM is also a member of B: they keep their session and B; everyone else there had only this agency.
    await db.admin.membership.create({ data: { agencyId: b.agency.id, userId: doomed.users.am.id, roles: ["AM"] } });
    const otherA = await digestOf(a.agency.id);
    const otherB = await digestOf(b.agency.id);
    const sessions = async () =>
      Object.fromEntries(
        (await db.admin.user.findMany({ where: { memberships: { some: { agencyId: doomed.agencyId } } } })).map((u) => [
          u.id,
          u.sessionVersion,
        ]),
      );
    const before = await sessions();
    const name = (await db.admin.agency.findUniqueOrThrow({ where: { id: doomed.agencyId } })).name;

    signInAs(doomed.users.leader);
    const result = await actions.deleteAgency(doomed.slug, { confirmName: `  ${name} ` });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.rowCounts).toMatchObject({ Client: 2, Account: 1, CheckIn: 1, CheckInContact: 1 });

    for (const t of await tenantTables()) {
      const [row] = await db.admin.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "${t}" WHERE "agencyId" = $1::uuid`,
        doomed.agencyId,
      );
      expect(row!.n, t).toBe(0);
    }
    expect(await db.admin.agency.findUnique({ where: { id: doomed.agencyId } })).toBeNull();
    const trail = await db.admin.agencyDeletion.findFirstOrThrow({ where: { agencyId: doomed.agencyId } });
    expect(trail).toMatchObject({
      agencyName: name,
      agencySlug: doomed.slug,
      actorId: doomed.users.leader.id,
      actorEmail: doomed.users.leader.email,
    });
    expect(trail.rowCounts).toEqual(result.data.rowCounts);

    const after = Object.fromEntries(
      (await db.admin.user.findMany({ where: { id: { in: Object.keys(before) } } })).map((u) => [
        u.id,
        u.sessionVersion,
      ]),
    );
    for (const [id, v] of Object.entries(before)) {
      expect(after[id], id).toBe(id === doomed.users.am.id ? v : v + 1);
    }
    expect(trail.sessionsEnded).toBe(Object.keys(before).length - 1);
    // Members lose access (the AM with another agency keeps that one); the other agencies are untouched.
    expect(await findMembership(doomed.users.am, doomed.slug)).toBeNull();
    expect(await findMembership(doomed.users.am, b.agency.slug)).not.toBeNull();
    expect(await digestOf(a.agency.id)).toEqual(otherA);
    const bNow = await digestOf(b.agency.id);
    expect({ ...bNow, Membership: "" }).toEqual({ ...otherB, Membership: "" });
  });

  it("the app role can neither read nor write the deletion trail", async () => {
    const { withTenant } = await import("../../lib/db/tenant");
    await expect(
      withTenant(a.agency.id, a.users.leader.id, (tx) => tx.$queryRaw`SELECT count(*) FROM "AgencyDeletion"`),
    ).rejects.toThrow(/permission denied/);
  });
});
