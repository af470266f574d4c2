import { encode, type JWT } from "next-auth/jwt";
import { getServerSession } from "next-auth/next";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signUp } from "@/lib/actions/onboarding";
import { deactivateMember } from "@/lib/actions/members";
import { changePassword, signOutEverywhere } from "@/lib/actions/sessions";
import { verifyCredentials } from "@/lib/auth/credentials";
import { completePasswordReset, issueToken } from "@/lib/domain/auth-mail/user-tokens";
import { authOptions } from "@/lib/auth/options";
import { SESSION_ABSOLUTE_MAX_SECONDS } from "@/lib/auth/session-guard";
import { withUser } from "@/lib/db/tenant";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { signInAs } from "../support/session";
import { addMember, newEmail } from "../factories/members";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);

/**
 * Sessions are next-auth JWTs; these tests read them exactly as a request does (next-auth's own session handler, the
 * code behind getServerSession and /api/auth/session), so "refused" means what a browser would get: no session.
 */
const SECRET = "security-sessions-test-secret-0123456789";
const options = { ...authOptions, secret: SECRET };
const PASSWORD = "the first long password";
let db: AppTestDatabase;
let person: { id: string; name: string; email: string };
let slug: string;

/** A new person with an agency of their own, signed up with PASSWORD. */
async function signedUp(name: string, agencyName: string) {
  const email = newEmail(agencyName.toLowerCase());
  const created = await signUp({ name, email, password: PASSWORD, agencyName, employeeCount: 5 });
  if (!created.ok) throw new Error(created.message);
  const user = await db.admin.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, email: true },
  });
  return { user, slug: created.data.slug };
}

beforeAll(async () => {
  db = await useAppTestDatabase();
  ({ user: person, slug } = await signedUp("Ses Sion", "Sessions"));
});
afterAll(async () => db.close());

/** Signs in through the credentials check and the jwt callback, as next-auth does; returns the token's claims. */
async function signIn(password = PASSWORD): Promise<JWT> {
  const result = await verifyCredentials(person.email, password, "198.51.100.1");
  if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`);
  const jwt = authOptions.callbacks!.jwt!;
  return jwt({ token: { email: person.email, name: person.name }, user: result.user } as never) as Promise<JWT>;
}

/**
 * The session a request holding this token gets (getServerSession runs next-auth's session handler, the same code
 * as GET /api/auth/session): {} when there is no valid session, as /api/auth/session answers then.
 */
async function sessionOf(claims: JWT) {
  const cookie = await encode({ token: claims, secret: SECRET });
  const req = { headers: {}, cookies: { "next-auth.session-token": cookie } };
  const res = { getHeader: () => undefined, setHeader: () => undefined };
  const session = await getServerSession(req as never, res as never, options);
  return (session ?? {}) as { user?: { email?: string } };
}

describe("revoking sessions", () => {
  it("sign out everywhere refuses every earlier session on its next request; a new sign-in works", async () => {
    const laptop = await signIn();
    const phone = await signIn();
    expect((await sessionOf(laptop)).user?.email).toBe(person.email);

    signInAs(person);
    expect(await signOutEverywhere(slug, { scope: "everywhere" })).toEqual({ ok: true, data: { signedOut: true } });

    expect(await sessionOf(laptop)).toEqual({});
    expect(await sessionOf(phone)).toEqual({});
    expect((await sessionOf(await signIn())).user?.email).toBe(person.email);
    const audit = await db.admin.auditEvent.findFirst({ where: { action: "sessions.ended", actorId: person.id } });
    expect(audit).not.toBeNull();
  });

  it("a session older than the absolute cap is refused however recently it was used", async () => {
    const token = await signIn();
    const now = Math.floor(Date.now() / 1000);
    expect((await sessionOf({ ...token, authTime: now - SESSION_ABSOLUTE_MAX_SECONDS + 60 })).user).toBeDefined();
    expect(await sessionOf({ ...token, authTime: now - SESSION_ABSOLUTE_MAX_SECONDS - 60 })).toEqual({});
  });

  it("a token from before session versions (no sv claim) is refused", async () => {
    expect(await sessionOf({ sub: person.id, email: person.email })).toEqual({});
  });

  it("changing the password needs the current one, then ends every session", async () => {
    const before = await signIn();
    signInAs(person);
    const wrong = await changePassword(slug, {
      currentPassword: "not my password",
      newPassword: "a brand new password",
    });
    expect(wrong).toMatchObject({ ok: false, code: "invalid", fieldErrors: { currentPassword: expect.any(Array) } });
    expect((await sessionOf(before)).user).toBeDefined();

    const NEW = "a brand new password";
    expect(await changePassword(slug, { currentPassword: PASSWORD, newPassword: NEW })).toMatchObject({ ok: true });
    expect(await sessionOf(before)).toEqual({});
    expect(await verifyCredentials(person.email, PASSWORD, "198.51.100.2")).toEqual({ ok: false, reason: "invalid" });
    expect((await sessionOf(await signIn(NEW))).user?.email).toBe(person.email);
    expect(await changePassword(slug, { currentPassword: NEW, newPassword: PASSWORD })).toMatchObject({ ok: true });
  });

  it("five wrong current passwords close the check for a quarter hour, the right one included; no one else's", async () => {
    const { user: guessed, slug: guessedSlug } = await signedUp("Guessed On", "Guessed");
    const attempt = (currentPassword: string) =>
      changePassword(guessedSlug, { currentPassword, newPassword: "the password a guesser wants" });

    // Someone holding the session guesses: each wrong guess is refused, then even the right password is.
    signInAs(guessed);
    for (let i = 0; i < 5; i++)
      expect(await attempt(`guess number ${i}`)).toMatchObject({ ok: false, code: "invalid" });
    expect(await attempt(PASSWORD)).toMatchObject({ ok: false, code: "rate_limited" });
    expect(await verifyCredentials(guessed.email, PASSWORD, "198.51.100.9")).toMatchObject({ ok: true }); // unchanged

    // Another person's check is their own, and right answers do not count towards anyone's limit.
    signInAs(person);
    const OTHER = "another new password";
    expect(await changePassword(slug, { currentPassword: PASSWORD, newPassword: OTHER })).toMatchObject({ ok: true });
    expect(await changePassword(slug, { currentPassword: OTHER, newPassword: PASSWORD })).toMatchObject({ ok: true });

    // A quarter hour later the guesses have expired.
    await db.admin.signInAttempt.updateMany({
      where: { email: `password-check:${guessed.id}` },
      data: { createdAt: new Date(Date.now() - 16 * 60_000) },
    });
    signInAs(guessed);
    expect(await attempt(PASSWORD)).toMatchObject({ ok: true });
  });

  it("changing the password ends the reset links sent before it; a link asked for afterwards works", async () => {
    const NEW = "a password after a reset request";
    const { secret: before } = await issueToken(person.email, "reset");
    signInAs(person);
    expect(await changePassword(slug, { currentPassword: PASSWORD, newPassword: NEW })).toMatchObject({ ok: true });
    // Whoever holds the mailed link (an old inbox, a forwarded mail) can no longer set the password.
    expect(await completePasswordReset(before, "a password the attacker chose")).toBe(false);
    expect(await verifyCredentials(person.email, NEW, "198.51.100.3")).toMatchObject({ ok: true });

    const { secret: after } = await issueToken(person.email, "reset");
    expect(await completePasswordReset(after, PASSWORD)).toBe(true);
    expect(await verifyCredentials(person.email, PASSWORD, "198.51.100.4")).toMatchObject({ ok: true });
  });

  it("deactivating a member ends that member's sessions, and no one else's", async () => {
    const agency = await db.admin.agency.findUniqueOrThrow({ where: { slug } });
    const member = await addMember(db.admin, agency.id, ["AM"], { label: "leaving" });
    const now = Math.floor(Date.now() / 1000);
    const memberToken = { sub: member.user.id, email: member.user.email, sv: 0, authTime: now };
    const leaderToken = await signIn();
    expect((await sessionOf(memberToken)).user?.email).toBe(member.user.email);

    signInAs(person);
    expect(await deactivateMember(slug, { membershipId: member.membership.id })).toMatchObject({ ok: true });
    expect(await sessionOf(memberToken)).toEqual({});
    expect((await sessionOf(leaderToken)).user?.email).toBe(person.email);
  });
});

describe("password hashes in the database", () => {
  it("the app role cannot read any password hash, not even its own", async () => {
    const read = withUser(
      person.id,
      (tx) => tx.$queryRaw`SELECT "passwordHash" FROM "User" WHERE "id" = ${person.id}::uuid`,
    );
    await expect(read).rejects.toThrow(/permission denied/);
    const own = await withUser(person.id, (tx) => tx.user.findFirst({ where: { id: person.id } }));
    expect(own).toMatchObject({ id: person.id, email: person.email });
  });
});
