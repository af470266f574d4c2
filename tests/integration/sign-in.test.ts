import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signUp } from "@/lib/actions/onboarding";
import { SIGN_IN_LIMIT, UNKNOWN_IP, verifyCredentials } from "@/lib/auth/credentials";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { newEmail } from "../factories/members";

/**
 * verifyCredentials against a person created through the real sign-up. The rate limit lives in the SignInAttempt
 * table (so it holds across app instances); each test starts from an empty table and asserts on its rows.
 */
let db: AppTestDatabase;
const PASSWORD = "a long and correct password";
const WRONG = "a long but wrong password";
const email = newEmail("signer");
let userId: string;

beforeAll(async () => {
  db = await useAppTestDatabase();
  const result = await signUp({ name: "Sig Ner", email, password: PASSWORD, agencyName: "Signers", employeeCount: 4 });
  if (!result.ok) throw new Error(`sign-up failed: ${result.message}`);
  userId = (await db.admin.user.findUniqueOrThrow({ where: { email } })).id;
});
afterAll(async () => db.close());
beforeEach(async () => {
  await db.admin.signInAttempt.deleteMany();
});

const attempts = (where: { email?: string; ip?: string; success?: boolean } = {}) =>
  db.admin.signInAttempt.findMany({ where, orderBy: { id: "asc" } });

async function failTimes(count: number, who: (i: number) => { email: string; ip: string }) {
  for (let i = 0; i < count; i++) {
    const { email: e, ip } = who(i);
    expect(await verifyCredentials(e, WRONG, ip)).toEqual({ ok: false, reason: "invalid" });
  }
}

describe("checking a password", () => {
  it("accepts the right password (email in any case, with spaces) and records a successful attempt", async () => {
    const result = await verifyCredentials(`  ${email.toUpperCase()} `, PASSWORD, "10.0.0.1");
    expect(result).toEqual({ ok: true, user: { id: userId, name: "Sig Ner", email } });
    expect(await attempts()).toMatchObject([{ email, ip: "10.0.0.1", success: true }]);
  });

  it("answers a wrong password and an unknown email identically, and records both as failures", async () => {
    const unknown = newEmail("nobody");
    const wrongPassword = await verifyCredentials(email, WRONG, "10.0.0.2");
    const unknownEmail = await verifyCredentials(unknown, PASSWORD, "10.0.0.2");
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
    expect(await attempts()).toMatchObject([
      { email, ip: "10.0.0.2", success: false },
      { email: unknown, ip: "10.0.0.2", success: false },
    ]);
  });
});

describe("rate limit per email", () => {
  it(`after ${SIGN_IN_LIMIT.maxFailures} failures in ${SIGN_IN_LIMIT.windowMinutes} minutes even the right password is refused, from any IP`, async () => {
    expect(SIGN_IN_LIMIT).toEqual({ maxFailures: 10, windowMinutes: 15 });
    await failTimes(9, (i) => ({ email, ip: `10.1.0.${i}` })); // a different IP each time: only the email counts
    expect(await attempts({ email, success: false })).toHaveLength(9);
    await failTimes(1, () => ({ email: email.toUpperCase(), ip: "10.1.0.9" }));
    expect(await attempts({ email, success: false })).toHaveLength(10);

    for (const ip of ["10.1.0.0", "192.168.7.7"]) {
      expect(await verifyCredentials(email, PASSWORD, ip)).toEqual({ ok: false, reason: "rate_limited" });
    }
    // Refused attempts are not checked against the hash and leave no row.
    expect(await attempts({ email })).toHaveLength(10);
    expect(await attempts({ success: true })).toHaveLength(0);
  });

  it("nine failures still let the right password in", async () => {
    await failTimes(9, (i) => ({ email, ip: `10.2.0.${i}` }));
    expect((await verifyCredentials(email, PASSWORD, "10.2.0.99")).ok).toBe(true);
  });

  it("failures older than the window do not count", async () => {
    await failTimes(10, (i) => ({ email, ip: `10.3.0.${i}` }));
    expect(await verifyCredentials(email, PASSWORD, "10.3.1.1")).toEqual({ ok: false, reason: "rate_limited" });

    await db.admin.signInAttempt.updateMany({ where: { email }, data: { createdAt: minutesAgo(14) } });
    expect(await verifyCredentials(email, PASSWORD, "10.3.1.1")).toEqual({ ok: false, reason: "rate_limited" });

    await db.admin.signInAttempt.updateMany({ where: { email }, data: { createdAt: minutesAgo(16) } });
    expect((await verifyCredentials(email, PASSWORD, "10.3.1.1")).ok).toBe(true);
    expect(await attempts({ email, success: true })).toHaveLength(1);
  });

  it("counts failures recorded by any app instance (rows in the table), and limits one email without touching another", async () => {
    const other = newEmail("other");
    await db.admin.signInAttempt.createMany({
      data: Array.from({ length: 10 }, (_, i) => ({ email: other, ip: `10.4.0.${i}`, success: false })),
    });
    expect(await verifyCredentials(other, WRONG, "10.4.1.1")).toEqual({ ok: false, reason: "rate_limited" });
    expect((await verifyCredentials(email, PASSWORD, "10.4.1.1")).ok).toBe(true);
  });
});

describe("rate limit per IP", () => {
  it("ten failures from one IP across different emails limit that IP, for everyone, but not other IPs", async () => {
    const ip = "203.0.113.9";
    await failTimes(10, () => ({ email: newEmail("spray"), ip }));
    expect(await attempts({ ip, success: false })).toHaveLength(10);
    expect(new Set((await attempts({ ip })).map((row) => row.email)).size).toBe(10);

    expect(await verifyCredentials(email, PASSWORD, ip)).toEqual({ ok: false, reason: "rate_limited" });
    expect((await verifyCredentials(email, PASSWORD, "203.0.113.10")).ok).toBe(true);
  });

  it("an over-long IP value (as a forged X-Forwarded-For might give) is limited like any other", async () => {
    const ip = `forged-${"9".repeat(80)}`;
    await failTimes(10, () => ({ email: newEmail("long"), ip }));
    expect(await attempts({ success: false })).toHaveLength(10);
    expect(await verifyCredentials(email, PASSWORD, ip)).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("an unknown client address is not one shared bucket: failures by others never lock a person out", async () => {
    await db.admin.signInAttempt.createMany({
      data: Array.from({ length: 12 }, () => ({ email: newEmail("someone"), ip: UNKNOWN_IP, success: false })),
    });
    expect((await verifyCredentials(email, PASSWORD, UNKNOWN_IP)).ok).toBe(true);
  });
});

function minutesAgo(minutes: number) {
  return new Date(Date.now() - minutes * 60_000);
}
