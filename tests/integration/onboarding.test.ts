import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { acceptInvitationAsMe, signUp, signUpFromInvitation } from "@/lib/actions/onboarding";
import { invite, revokeInvite } from "@/lib/actions/members";
import { slugify } from "@/lib/domain/members/onboarding";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { auditTrail, everything } from "../support/db-state";
import { signInAs } from "../support/session";
import { createAgencyFixture, type AgencyFixture } from "../factories/tenants";
import { addMember, addUser, newEmail } from "../factories/members";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);

let db: AppTestDatabase;
beforeAll(async () => {
  db = await useAppTestDatabase();
});
afterAll(async () => db.close());

const PASSWORD = "correct horse battery";
const signUpInput = (overrides: Record<string, unknown> = {}) => ({
  name: "Jane Doe",
  email: newEmail("jane"),
  password: PASSWORD,
  agencyName: "North Star Creative",
  employeeCount: 12,
  currency: "EUR",
  ...overrides,
});

describe("sign-up", () => {
  it("creates the person (lower-cased email, argon2id hash), the agency, an owner-leader membership and an audit event", async () => {
    const email = `Jane.${Date.now()}@Example.COM`;
    const result = await signUp(signUpInput({ email: `  ${email} `, agencyName: "  Café Ünïcorn & Co.  " }));
    expect(result).toEqual({ ok: true, data: { slug: "cafe-unicorn-co" } });

    const user = await db.admin.user.findUniqueOrThrow({
      where: { email: email.toLowerCase() },
      omit: { passwordHash: false },
    });
    expect(user.name).toBe("Jane Doe");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(PASSWORD);

    const agency = await db.admin.agency.findUniqueOrThrow({ where: { slug: "cafe-unicorn-co" } });
    expect(agency).toMatchObject({ name: "Café Ünïcorn & Co.", employeeCount: 12, currency: "EUR" });

    const memberships = await db.admin.membership.findMany({ where: { userId: user.id } });
    expect(memberships).toMatchObject([{ agencyId: agency.id, roles: ["LEADER"], isOwner: true, active: true }]);

    expect(await auditTrail(db.admin, agency.id)).toMatchObject([
      {
        agencyId: agency.id,
        actorId: user.id,
        action: "agency.created",
        entityType: "Agency",
        entityId: agency.id,
        after: {
          name: "Café Ünïcorn & Co.",
          slug: "cafe-unicorn-co",
          employeeCount: 12,
          ownerMembershipId: memberships[0]!.id,
        },
      },
    ]);
  });

  it("gives a colliding agency name the next free numbered slug", async () => {
    for (const slug of ["acme-studio", "acme-studio-2"]) {
      await db.admin.agency.create({ data: { name: slug, slug, employeeCount: 3 } });
    }
    const result = await signUp(signUpInput({ agencyName: "Acme Studio" }));
    expect(result).toEqual({ ok: true, data: { slug: "acme-studio-3" } });
    expect(await db.admin.agency.count({ where: { slug: { startsWith: "acme-studio" } } })).toBe(3);
  });

  it("derives slugs from names: lower case, dashes, accents dropped, bounded length, never empty", () => {
    expect(slugify("North Star Creative")).toBe("north-star-creative");
    expect(slugify("  Big__Bold -- Agency!! ")).toBe("big-bold-agency");
    expect(slugify("Ñandú Média")).toBe("nandu-media");
    expect(slugify("日本語")).toBe("agency");
    expect(slugify("x".repeat(100))).toHaveLength(40);
    expect(slugify(`${"a".repeat(39)} b`)).toBe("a".repeat(39));
  });

  it("refuses an email already registered, in any letter case, without saying so and with no new rows", async () => {
    const email = newEmail("taken");
    expect((await signUp(signUpInput({ email }))).ok).toBe(true);
    const before = await everything(db.admin);
    for (const variant of [email, email.toUpperCase(), ` ${email.replace(/^t/, "T")} `]) {
      const result = await signUp(signUpInput({ email: variant, agencyName: "Another Agency" }));
      expect(result).toMatchObject({ ok: false, code: "invalid" });
      expect(result).not.toHaveProperty("fieldErrors.email"); // no answer singles the address out
    }
    expect(await everything(db.admin)).toEqual(before);
  });

  const invalid: [label: string, overrides: Record<string, unknown>, field: string][] = [
    ["a short password", { password: "short" }, "password"],
    ["an over-long password", { password: "p".repeat(201) }, "password"],
    ["0 employees", { employeeCount: 0 }, "employeeCount"],
    ["-1 employees", { employeeCount: -1 }, "employeeCount"],
    ["1.5 employees", { employeeCount: 1.5 }, "employeeCount"],
    ['"abc" employees', { employeeCount: "abc" }, "employeeCount"],
    ["a missing employee count", { employeeCount: undefined }, "employeeCount"],
    ["a missing agency name", { agencyName: undefined }, "agencyName"],
    ["a blank agency name", { agencyName: "   " }, "agencyName"],
    ["an over-long agency name", { agencyName: "A".repeat(121) }, "agencyName"],
    ["an over-long person name", { name: "N".repeat(121) }, "name"],
    ["a missing person name", { name: undefined }, "name"],
    ["a malformed email", { email: "jane@" }, "email"],
    ["an unsupported currency", { currency: "XYZ" }, "currency"],
  ];

  it.each(invalid)("refuses %s with a field error and creates nothing", async (_label, overrides, field) => {
    const before = await everything(db.admin);
    const result = await signUp(signUpInput(overrides));
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {})).toEqual([field]);
    expect(await everything(db.admin)).toEqual(before);
  });
});

describe("invitations", () => {
  let a: AgencyFixture;
  beforeEach(async () => {
    a = await createAgencyFixture(db.admin, "Alpha");
  });

  async function invited(email: string, roles: ("AM" | "PM" | "VIEWER" | "LEADER")[] = ["AM", "PM"]) {
    signInAs(a.users.leader);
    const result = await invite(a.agency.slug, { email, roles });
    if (!result.ok) throw new Error(`invite failed: ${result.message}`);
    return result.data;
  }

  it("a signed-in person with the invited email joins with the invited roles, audited; the link is then used up", async () => {
    const person = await addUser(db.admin, "joiner");
    const { token, invitationId } = await invited(person.email);
    signInAs(person);
    const audits = (await auditTrail(db.admin, a.agency.id)).length;

    expect(await acceptInvitationAsMe({ token })).toEqual({ ok: true, data: { slug: a.agency.slug } });

    const membership = await db.admin.membership.findUniqueOrThrow({
      where: { agencyId_userId: { agencyId: a.agency.id, userId: person.id } },
    });
    expect(membership).toMatchObject({ roles: ["AM", "PM"], active: true, isOwner: false });
    expect((await db.admin.invitation.findUniqueOrThrow({ where: { id: invitationId } })).acceptedAt).toBeInstanceOf(
      Date,
    );
    expect((await auditTrail(db.admin, a.agency.id)).slice(audits)).toMatchObject([
      {
        agencyId: a.agency.id,
        actorId: person.id,
        action: "invitation.accepted",
        entityType: "Membership",
        entityId: membership.id,
        after: { roles: ["AM", "PM"], invitationId },
      },
    ]);

    const before = await everything(db.admin);
    expect(await acceptInvitationAsMe({ token })).toMatchObject({ ok: false, code: "invalid" });
    expect(await everything(db.admin)).toEqual(before);
  });

  it("an expired invitation is refused and stays unused", async () => {
    const person = await addUser(db.admin, "late");
    const { token, invitationId } = await invited(person.email);
    await db.admin.invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    signInAs(person);
    const before = await everything(db.admin);
    expect(await acceptInvitationAsMe({ token })).toMatchObject({ ok: false, code: "invalid" });
    expect(await everything(db.admin)).toEqual(before);
    expect(await db.admin.membership.count({ where: { userId: person.id } })).toBe(0);
  });

  it("someone signed in with another email is forbidden, and the invitation stays open for its addressee", async () => {
    const addressee = await addUser(db.admin, "addressee");
    const other = await addUser(db.admin, "other");
    const { token } = await invited(addressee.email, ["VIEWER"]);
    signInAs(other);
    const before = await everything(db.admin);
    expect(await acceptInvitationAsMe({ token })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await everything(db.admin)).toEqual(before);

    signInAs(addressee);
    expect((await acceptInvitationAsMe({ token })).ok).toBe(true);
  });

  it("a revoked invitation is refused", async () => {
    const person = await addUser(db.admin, "revoked");
    const { token, invitationId } = await invited(person.email);
    expect((await revokeInvite(a.agency.slug, { invitationId })).ok).toBe(true);
    signInAs(person);
    const before = await everything(db.admin);
    expect(await acceptInvitationAsMe({ token })).toMatchObject({ ok: false, code: "not_found" });
    expect(await everything(db.admin)).toEqual(before);
  });

  it("signed out, tampered or malformed tokens are refused without changing anything", async () => {
    const person = await addUser(db.admin, "careful");
    const { token } = await invited(person.email);
    const before = await everything(db.admin);
    signInAs(null);
    expect(await acceptInvitationAsMe({ token })).toMatchObject({ ok: false, code: "unauthenticated" });
    signInAs(person);
    const flipped = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    for (const bad of [flipped, `${token}x`, "not-a-token-at-all", `${"-".repeat(36)}.${token.split(".")[1]}`]) {
      expect(await acceptInvitationAsMe({ token: bad }), bad).toMatchObject({ ok: false, code: "not_found" });
    }
    for (const bad of [{}, { token: 42 }, { token: "short" }, null]) {
      expect(await acceptInvitationAsMe(bad)).toMatchObject({ ok: false, code: "invalid" });
    }
    expect(await everything(db.admin)).toEqual(before);
  });

  it("a deactivated member who accepts a new invitation is reactivated with the invitation's roles only", async () => {
    const former = await addMember(db.admin, a.agency.id, ["VIEWER"], { label: "former", active: false });
    const { token } = await invited(former.user.email, ["PM"]);
    signInAs(former.user);
    expect((await acceptInvitationAsMe({ token })).ok).toBe(true);
    const membership = await db.admin.membership.findUniqueOrThrow({ where: { id: former.membership.id } });
    expect(membership).toMatchObject({ roles: ["PM"], active: true });
    expect(await db.admin.membership.count({ where: { userId: former.user.id } })).toBe(1);
  });

  it("signUpFromInvitation creates the person and the membership in one step", async () => {
    const email = newEmail("newcomer");
    const { token, invitationId } = await invited(email, ["AM"]);
    signInAs(null);
    const result = await signUpFromInvitation({
      name: "New Comer",
      email: email.toUpperCase(),
      password: PASSWORD,
      token,
    });
    expect(result).toEqual({ ok: true, data: { slug: a.agency.slug } });

    const user = await db.admin.user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await db.admin.membership.findMany({ where: { userId: user.id } })).toMatchObject([
      { agencyId: a.agency.id, roles: ["AM"], active: true, isOwner: false },
    ]);
    expect((await db.admin.invitation.findUniqueOrThrow({ where: { id: invitationId } })).acceptedAt).toBeInstanceOf(
      Date,
    );
    const events = await db.admin.auditEvent.findMany({ where: { agencyId: a.agency.id, actorId: user.id } });
    expect(events).toMatchObject([{ action: "invitation.accepted", after: { roles: ["AM"], invitationId } }]);
  });

  it("signUpFromInvitation with another email, a registered email or a short password creates nobody", async () => {
    const email = newEmail("intended");
    const { token } = await invited(email, ["AM"]);
    signInAs(null);
    const before = await everything(db.admin);
    const wrongEmail = await signUpFromInvitation({
      name: "Interloper",
      email: newEmail("x"),
      password: PASSWORD,
      token,
    });
    expect(wrongEmail).toMatchObject({ ok: false, code: "forbidden" });
    const taken = await signUpFromInvitation({ name: "Dup", email: a.users.am.email, password: PASSWORD, token });
    expect(taken).toMatchObject({ ok: false, code: "invalid", fieldErrors: { email: [expect.any(String)] } });
    const short = await signUpFromInvitation({ name: "Short", email, password: "short", token });
    expect(short).toMatchObject({ ok: false, code: "invalid", fieldErrors: { password: [expect.any(String)] } });
    expect(await everything(db.admin)).toEqual(before);
  });
});
