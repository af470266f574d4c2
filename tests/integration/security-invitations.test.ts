import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { acceptInvitationAsMe, signUp, signUpFromInvitation } from "@/lib/actions/onboarding";
import { changeRoles, deactivateMember, invite } from "@/lib/actions/members";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { signInAs } from "../support/session";
import { createAgencyFixture, type AgencyFixture } from "../factories/tenants";
import { addMember, addUser, newEmail } from "../factories/members";
import { INVITATION_LIMIT } from "@/lib/domain/members/invitation-limit";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);

/** Invitations and sign-up as an attacker would use them: stale roles, stale inviters, duplicate links, probing. */
let db: AppTestDatabase;
let f: AgencyFixture;

beforeAll(async () => {
  db = await useAppTestDatabase();
  f = await createAgencyFixture(db.admin, "Inviting");
});
afterAll(async () => db.close());

async function inviteAs(inviter: { id: string; email: string; name: string }, email: string, roles: string[]) {
  signInAs(inviter);
  const result = await invite(f.agency.slug, { email, roles });
  if (!result.ok) throw new Error(`invite failed: ${result.message}`);
  return result.data;
}

describe("the invitation page's verdict before anyone types", () => {
  it("names a wrong secret, a used link and an expired one; a good link has no problem", async () => {
    const { invitationProblem } = await import("@/lib/domain/members/onboarding");
    const email = newEmail("verdict");
    const { token } = await inviteAs(f.users.leader, email, ["AM"]);
    expect(await invitationProblem(token)).toBeNull();
    const [agencyId] = token.split(".");
    expect(await invitationProblem(`${agencyId}.a-well-formed-but-wrong-secret`)).toBe(
      "This invitation link is not valid.",
    );
    expect(await invitationProblem("garbage")).toBe("This invitation link is not valid.");
    await db.admin.invitation.updateMany({
      where: { agencyId, email },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await invitationProblem(token)).toBe("This invitation has expired. Ask for a new one.");
  });
});

describe("accepting an invitation", () => {
  it("a deactivated leader re-invited as a viewer comes back with exactly the invited roles", async () => {
    const { user, membership } = await addMember(db.admin, f.agency.id, ["LEADER", "AM"], { label: "former" });
    signInAs(f.users.leader);
    expect(await deactivateMember(f.agency.slug, { membershipId: membership.id })).toMatchObject({ ok: true });
    const { token } = await inviteAs(f.users.leader, user.email, ["VIEWER"]);

    signInAs(user);
    expect(await acceptInvitationAsMe({ token })).toMatchObject({ ok: true });
    const back = await db.admin.membership.findUniqueOrThrow({ where: { id: membership.id } });
    expect(back).toMatchObject({ roles: ["VIEWER"], active: true });
  });

  it("stops working once the inviter is deactivated", async () => {
    const inviter = await addMember(db.admin, f.agency.id, ["LEADER"], { label: "inviter" });
    const invitee = await addUser(db.admin, "invitee");
    const { token } = await inviteAs(inviter.user, invitee.email, ["AM"]);
    signInAs(f.users.leader);
    expect(await deactivateMember(f.agency.slug, { membershipId: inviter.membership.id })).toMatchObject({ ok: true });

    signInAs(invitee);
    expect(await acceptInvitationAsMe({ token })).toMatchObject({ ok: false, code: "invalid" });
    expect(await db.admin.membership.count({ where: { userId: invitee.id } })).toBe(0);
  });

  it("stops working once the inviter lost the right to invite", async () => {
    const inviter = await addMember(db.admin, f.agency.id, ["LEADER"], { label: "demoted" });
    const { token } = await inviteAs(inviter.user, newEmail("newcomer"), ["AM"]);
    signInAs(f.users.leader);
    expect(await changeRoles(f.agency.slug, { membershipId: inviter.membership.id, roles: ["AM"] })).toMatchObject({
      ok: true,
    });
    const invitation = await db.admin.invitation.findFirstOrThrow({ where: { invitedById: inviter.membership.id } });

    const result = await signUpFromInvitation({
      name: "New Comer",
      email: invitation.email,
      password: "a long password here",
      token,
    });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    expect(await db.admin.user.count({ where: { email: invitation.email } })).toBe(0);
  });

  it("a second invitation to the same address revokes the first", async () => {
    const invitee = await addUser(db.admin, "twice");
    const first = await inviteAs(f.users.leader, invitee.email, ["AM"]);
    const second = await inviteAs(f.users.leader, invitee.email, ["PM"]);
    const rows = await db.admin.invitation.findMany({ where: { email: invitee.email }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => row.revokedAt !== null)).toEqual([true, false]);

    signInAs(invitee);
    expect(await acceptInvitationAsMe({ token: first.token })).toMatchObject({ ok: false });
    expect(await acceptInvitationAsMe({ token: second.token })).toMatchObject({ ok: true });
    expect(await db.admin.membership.findFirst({ where: { userId: invitee.id } })).toMatchObject({ roles: ["PM"] });
  });
});

describe("invitation e-mails cannot be used to send mail in bulk", () => {
  // Anyone can sign up and become a leader, and an invitation e-mail carries the agency's name and the inviter's, both
  // typed by them, to any address: without a bound, a throwaway agency is a relay for unsolicited mail.
  it(`an agency sends at most ${INVITATION_LIMIT.perHour} an hour; the next is refused and sends nothing; other agencies are not held back`, async () => {
    const sender = await createAgencyFixture(db.admin, "Bulk");
    signInAs(sender.users.leader);
    for (let i = 0; i < INVITATION_LIMIT.perHour; i++) {
      const sent = await invite(sender.agency.slug, { email: newEmail(`bulk-${i}`), roles: ["AM"] });
      expect(sent, `invitation ${i + 1}`).toMatchObject({ ok: true });
    }
    const mailsBefore = await db.admin.delivery.count({ where: { agencyId: sender.agency.id } });
    const refused = await invite(sender.agency.slug, { email: newEmail("bulk-over"), roles: ["AM"] });
    expect(refused).toMatchObject({ ok: false, code: "rate_limited" });
    expect(await db.admin.delivery.count({ where: { agencyId: sender.agency.id } })).toBe(mailsBefore);
    expect(await db.admin.invitation.count({ where: { agencyId: sender.agency.id } })).toBe(INVITATION_LIMIT.perHour);

    signInAs(f.users.leader);
    expect(await invite(f.agency.slug, { email: newEmail("elsewhere"), roles: ["AM"] })).toMatchObject({ ok: true });

    // An hour later the oldest invitations no longer count.
    await db.admin.invitation.updateMany({
      where: { agencyId: sender.agency.id },
      data: { createdAt: new Date(Date.now() - 61 * 60_000) },
    });
    signInAs(sender.users.leader);
    expect(await invite(sender.agency.slug, { email: newEmail("bulk-later"), roles: ["AM"] })).toMatchObject({
      ok: true,
    });
  });

  it("concurrent invitations cannot pass the bound together", async () => {
    const sender = await createAgencyFixture(db.admin, "Burst");
    signInAs(sender.users.leader);
    const results = await Promise.all(
      Array.from({ length: INVITATION_LIMIT.perHour + 10 }, (_, i) =>
        invite(sender.agency.slug, { email: newEmail(`burst-${i}`), roles: ["AM"] }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(INVITATION_LIMIT.perHour);
    expect(results.filter((r) => !r.ok && r.code === "rate_limited")).toHaveLength(10);
    expect(await db.admin.invitation.count({ where: { agencyId: sender.agency.id } })).toBe(INVITATION_LIMIT.perHour);
  });
});

describe("no answer reveals whether an address has an account", () => {
  const existing = () => f.users.am.email;

  it("sign-up with a taken address says nothing about the address", async () => {
    const result = await signUp({
      name: "Pro Ber",
      email: existing(),
      password: "a long password here",
      agencyName: "Probe",
      employeeCount: 3,
    });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/exist|already|taken|registered/i);
    expect(result).not.toHaveProperty("fieldErrors.email");
  });

  it("the invitation path checks the token before the e-mail", async () => {
    const forged = `${f.agency.id}.${"x".repeat(32)}`;
    const taken = await signUpFromInvitation({
      name: "Pro Ber",
      email: existing(),
      password: "a long password here",
      token: forged,
    });
    const free = await signUpFromInvitation({
      name: "Pro Ber",
      email: newEmail("free"),
      password: "a long password here",
      token: forged,
    });
    expect(taken).toEqual(free);
    expect(taken).toMatchObject({ ok: false, code: "not_found" });
  });
});
