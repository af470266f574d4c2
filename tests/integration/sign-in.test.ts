import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { signUp } from "@/lib/actions/onboarding";
import { clientIp } from "@/lib/auth/client-ip";
import { SIGN_IN_LIMIT, signInClock, SLOWDOWN, UNKNOWN_IP, verifyCredentials } from "@/lib/auth/credentials";
import { authOptions, RATE_LIMITED_MESSAGE } from "@/lib/auth/options";
import { SIGN_UP_LIMIT } from "@/lib/auth/request-limits";
import { withTenant } from "@/lib/db/tenant";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { newEmail } from "../factories/members";
import { createAgencyFixture } from "../factories/tenants";

// One trusted proxy (nginx) in front of the app, as in the scale-out setup; read when lib/env.ts is first imported.
vi.hoisted(() => {
  process.env.TRUSTED_PROXY_HOPS = "1";
});
// The address a server action's request came from (sign-up reads it from next/headers), as the proxy appended it.
const proxied = vi.hoisted(() => ({ clientIp: "192.0.2.10" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": `198.51.100.7, ${proxied.clientIp}` }),
  cookies: async () => new Map(),
}));

/**
 * verifyCredentials against a person created through the real sign-up. The limits live in the SignInAttempt table
 * (so they hold across app instances); each test starts from an empty table and asserts on its rows. The slowdown's
 * waits are recorded instead of slept.
 */
let db: AppTestDatabase;
const PASSWORD = "a long and correct password";
const WRONG = "a long but wrong password";
const email = newEmail("signer");
let userId: string;
let waits: number[] = [];

beforeAll(async () => {
  db = await useAppTestDatabase();
  const result = await signUp({ name: "Sig Ner", email, password: PASSWORD, agencyName: "Signers", employeeCount: 4 });
  if (!result.ok) throw new Error(`sign-up failed: ${result.message}`);
  userId = (await db.admin.user.findUniqueOrThrow({ where: { email } })).id;
});
afterAll(async () => db.close());
beforeEach(async () => {
  await db.admin.signInAttempt.deleteMany();
  waits = [];
  vi.spyOn(signInClock, "sleep").mockImplementation(async (ms) => {
    waits.push(ms);
  });
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
    expect(result).toEqual({ ok: true, user: { id: userId, name: "Sig Ner", email, sessionVersion: 0 } });
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

describe("limit per (email, IP) pair", () => {
  it(`${SIGN_IN_LIMIT.maxFailures} failures from one IP lock that IP out of the address; its owner elsewhere gets in`, async () => {
    expect(SIGN_IN_LIMIT).toEqual({ maxFailures: 10, windowMinutes: 15 });
    await failTimes(9, () => ({ email, ip: "10.1.0.1" }));
    await failTimes(1, () => ({ email: email.toUpperCase(), ip: "10.1.0.1" }));
    expect(await attempts({ email, success: false })).toHaveLength(10);

    expect(await verifyCredentials(email, PASSWORD, "10.1.0.1")).toEqual({ ok: false, reason: "rate_limited" });
    expect(await attempts({ email })).toHaveLength(10); // refused attempts are not checked and leave no row
    expect((await verifyCredentials(email, PASSWORD, "192.168.7.7")).ok).toBe(true);
  });

  it("failures on one address from many IPs slow it down, and never lock its owner out", async () => {
    await failTimes(12, (i) => ({ email, ip: `10.2.0.${i}` }));
    expect(waits.slice(0, SLOWDOWN.afterFailures).every((ms) => ms === 0)).toBe(true);
    expect(waits.slice(SLOWDOWN.afterFailures, 9)).toEqual([250, 500, 1000, 2000]);
    expect(Math.max(...waits)).toBe(SLOWDOWN.maxMs);
    expect((await verifyCredentials(email, PASSWORD, "10.2.1.1")).ok).toBe(true);
  });

  it("failures older than the window do not count", async () => {
    await failTimes(10, () => ({ email, ip: "10.3.0.1" }));
    expect(await verifyCredentials(email, PASSWORD, "10.3.0.1")).toEqual({ ok: false, reason: "rate_limited" });

    await db.admin.signInAttempt.updateMany({ where: { email }, data: { createdAt: minutesAgo(14) } });
    expect(await verifyCredentials(email, PASSWORD, "10.3.0.1")).toEqual({ ok: false, reason: "rate_limited" });

    await db.admin.signInAttempt.updateMany({ where: { email }, data: { createdAt: minutesAgo(16) } });
    expect((await verifyCredentials(email, PASSWORD, "10.3.0.1")).ok).toBe(true);
    expect(await attempts({ email, success: true })).toHaveLength(1);
  });

  it("counts failures recorded by any app instance (rows in the table)", async () => {
    await db.admin.signInAttempt.createMany({
      data: Array.from({ length: 10 }, () => ({ email, ip: "10.4.0.1", success: false })),
    });
    expect(await verifyCredentials(email, PASSWORD, "10.4.0.1")).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("concurrent attempts cannot exceed the limit: counting and recording are one atomic step", async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => verifyCredentials(email, WRONG, "10.5.0.1")));
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(15);
    expect(await attempts({ email, ip: "10.5.0.1" })).toHaveLength(SIGN_IN_LIMIT.maxFailures);
  });
});

describe("limit per IP", () => {
  it("ten failures from one IP across different emails limit that IP, for everyone, but not other IPs", async () => {
    const ip = "203.0.113.9";
    await failTimes(10, () => ({ email: newEmail("spray"), ip }));
    expect(new Set((await attempts({ ip })).map((row) => row.email)).size).toBe(10);

    expect(await verifyCredentials(email, PASSWORD, ip)).toEqual({ ok: false, reason: "rate_limited" });
    expect((await verifyCredentials(email, PASSWORD, "203.0.113.10")).ok).toBe(true);
  });

  it("a spoofed X-Forwarded-For does not reset the per-IP limit: only the entry our proxy appended counts", async () => {
    const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
    const from = (spoofed: string) => ({ headers: { "x-forwarded-for": `${spoofed}, 203.0.113.50` } });
    for (let i = 0; i < SIGN_IN_LIMIT.maxFailures; i++) {
      expect(await authorize({ email: newEmail("spray"), password: WRONG }, from(`10.9.9.${i}`))).toBeNull();
    }
    expect(await attempts({ ip: "203.0.113.50" })).toHaveLength(SIGN_IN_LIMIT.maxFailures);
    await expect(authorize({ email, password: PASSWORD }, from("10.9.9.200"))).rejects.toThrow(RATE_LIMITED_MESSAGE);
  });

  it("reads the client from the right of X-Forwarded-For by the trusted hop count, and ignores it with none", () => {
    const headers = { "x-forwarded-for": "1.1.1.1, 2.2.2.2, 3.3.3.3", "x-real-ip": "4.4.4.4" };
    expect(clientIp(headers, 0)).toBe(UNKNOWN_IP);
    expect(clientIp(headers, 1)).toBe("3.3.3.3");
    expect(clientIp(headers, 2)).toBe("2.2.2.2");
    expect(clientIp({ "x-forwarded-for": "3.3.3.3" }, 2)).toBe(UNKNOWN_IP); // fewer entries than proxies: not ours
    expect(clientIp({ "x-real-ip": "4.4.4.4" }, 1)).toBe(UNKNOWN_IP);
  });

  it("an unknown client address is not one shared bucket: failures by others never lock a person out", async () => {
    await db.admin.signInAttempt.createMany({
      data: Array.from({ length: 12 }, () => ({ email: newEmail("someone"), ip: UNKNOWN_IP, success: false })),
    });
    expect((await verifyCredentials(email, PASSWORD, UNKNOWN_IP)).ok).toBe(true);
  });
});

describe("under a flood", () => {
  it("50 concurrent sign-ins with random e-mails leave other tenants' requests answering", async () => {
    const other = await createAgencyFixture(db.admin, "Bystander");
    const tenantRead = () =>
      withTenant(other.agency.id, other.users.leader.id, (tx) =>
        tx.client.count({ where: { agencyId: other.agency.id } }),
      );
    await tenantRead(); // warm
    const started = performance.now();
    const flood = Promise.all(
      Array.from({ length: 50 }, (_, i) => verifyCredentials(newEmail("flood"), WRONG, `10.8.${i}.1`)),
    );
    await new Promise((resolve) => setTimeout(resolve, 50)); // the flood is under way
    const readStarted = performance.now();
    expect(await tenantRead()).toBe(1);
    const readMs = performance.now() - readStarted;
    await flood;
    const floodMs = performance.now() - started;
    console.log(
      `[sign-in flood] 50 concurrent sign-ins: ${floodMs.toFixed(0)} ms; a tenant read meanwhile: ${readMs.toFixed(0)} ms (pool of 4)`,
    );
    // Hashing no longer holds pool connections: the read does not queue behind the flood.
    expect(readMs).toBeLessThan(floodMs / 4);
  });

  it("attempt rows older than a day are purged by later attempts", async () => {
    await db.admin.signInAttempt.createMany({
      data: Array.from({ length: 30 }, () => ({
        email: newEmail("old"),
        ip: "10.7.0.1",
        success: false,
        createdAt: minutesAgo(25 * 60),
      })),
    });
    await verifyCredentials(email, PASSWORD, "10.7.0.2");
    expect(await attempts({ ip: "10.7.0.1" })).toEqual([]);
  });
});

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;

function minutesAgo(minutes: number) {
  return new Date(Date.now() - minutes * 60_000);
}

describe("sign-up limit", () => {
  const signUpFrom = (clientIp: string, label: string) => {
    proxied.clientIp = clientIp;
    return signUp({
      name: "Many Agencies",
      email: newEmail("spree"),
      password: PASSWORD,
      agencyName: label,
      employeeCount: 3,
    });
  };

  it(`one client address creates at most ${SIGN_UP_LIMIT.perIp} agencies an hour; another address is not held back`, async () => {
    for (let i = 0; i < SIGN_UP_LIMIT.perIp; i++) {
      expect(await signUpFrom("192.0.2.20", `Spree ${i}`)).toMatchObject({ ok: true });
    }
    const agencies = await db.admin.agency.count();
    expect(await signUpFrom("192.0.2.20", "One too many")).toEqual({
      ok: false,
      code: "rate_limited",
      message: "Too many sign-ups from here. Wait an hour and try again.",
      fieldErrors: undefined,
    });
    expect(await db.admin.agency.count()).toBe(agencies);
    expect(await signUpFrom("192.0.2.21", "Someone else")).toMatchObject({ ok: true });
  });
});
