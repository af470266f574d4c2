import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, SIGN_IN_LIMIT } from "../../lib/auth/credentials";
import { createPrismaForPostgres } from "../../lib/db/client";
import { seedDemo } from "../../prisma/seed/index";
import { pickPeople, type Person } from "../../scripts/load/data";
import { actionId, actionIds, actionRequest, actionResult, signIn } from "../../scripts/load/http";
import { createAppLogin, startServer, waitForHealth, type AppServer } from "../../scripts/load/server";
import { queryOnce } from "../../scripts/support/postgres";
import { ADMIN_URL } from "../support/postgres";
import { createTestPostgres, type TestPostgres } from "../support/test-database";

/**
 * Two production servers (scripts/serve.ts, the build `npm test` makes for the browser tests) against one PostgreSQL
 * database, as behind the load balancer: nothing a request depends on may live in one instance's memory. Run by
 * scripts/test-all.sh after `next build` (vitest.instances.config.ts); ports TWO_INSTANCES_PORT and the next one.
 */
const PORT = Number(process.env.TWO_INSTANCES_PORT ?? 3110);
let database: TestPostgres;
let role = "";
let a: AppServer;
let b: AppServer;
let am: Person;

beforeAll(async () => {
  database = await createTestPostgres();
  const prisma = createPrismaForPostgres(database.url, 2);
  await seedDemo(prisma);
  await prisma.$disconnect();
  const login = await createAppLogin(database.url);
  role = login.role;
  // The same secret on both, as every instance of a deployment shares its configuration.
  // Backpressure thresholds out of reach: this file is about shared state, and a busy CI machine must not turn its
  // writes into "busy, try again" (tests/unit/backpressure.test.ts and the load run cover refusals).
  const shared = {
    NEXTAUTH_SECRET: `two-instances-${randomBytes(12).toString("hex")}`,
    OVERLOAD_EVENT_LOOP_MS: "600000",
    OVERLOAD_POOL_WAIT_MS: "600000",
  };
  a = startServer(login.url, PORT, shared);
  b = startServer(login.url, PORT + 1, shared);
  await Promise.all([waitForHealth(a.baseUrl), waitForHealth(b.baseUrl)]);
  const found = (await pickPeople(database.url, 5, ["northwind"])).find((p) => p.role === "am");
  if (!found) throw new Error("the demo seed has no AM with accounts in northwind");
  am = found;
}, 300_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  if (role) await queryOnce(database.url, `DROP OWNED BY "${role}"`).catch(() => undefined);
  await database?.drop();
  if (role) await queryOnce(ADMIN_URL, `DROP ROLE IF EXISTS "${role}"`);
});

/** One credentials sign-in; the answer says whether a session was issued or why not (next-auth's error text). */
async function attempt(server: AppServer, email: string, password: string) {
  const csrf = await fetch(`${server.baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((line) => line.split(";")[0]);
  const response = await fetch(`${server.baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: server.baseUrl, json: "true" }),
  });
  const signedIn = response.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="));
  // next-auth answers a JSON `{ url }` (json: true, as its browser client asks) or a redirect; a refusal names its
  // reason in the URL's `error` parameter.
  const body = await response.text();
  const url = response.headers.get("location") ?? ((JSON.parse(body || "{}") as { url?: string }).url || "/");
  const error = new URL(url, server.baseUrl).searchParams.get("error");
  return { signedIn, error };
}

describe("two instances, one database", () => {
  it("a check-in logged through A is on the account page served next by B, with A's session", async () => {
    const cookie = await signIn(a.baseUrl, am.email, "accountable-demo");
    const accountId = am.accounts[0]!;
    const summary = `two-instances ${randomBytes(6).toString("hex")}`;
    const id = actionId(actionIds(), "lib/actions/check-ins.ts#logCheckIn");
    const input = { accountId, channel: "CALL", sentiment: 4, summary, attendeeIds: [] };
    const write = await fetch(`${a.baseUrl}/${am.slug}/accounts/${accountId}`, {
      ...actionRequest(a.baseUrl, cookie, id, [am.slug, input]),
    });
    expect(actionResult(await write.text())).toMatchObject({ ok: true });

    const read = await fetch(`${b.baseUrl}/${am.slug}/accounts/${accountId}`, { headers: { cookie } });
    expect(read.status).toBe(200);
    expect(await read.text()).toContain(summary);
  });

  it("the sign-in rate limit reached through A holds on B", async () => {
    const email = `limit-${randomBytes(4).toString("hex")}@example.test`;
    const password = "correct-horse-battery";
    await queryOnce(database.url, `INSERT INTO "User" (email, name, "passwordHash") VALUES ($1, 'Limit', $2)`, [
      email,
      await hashPassword(password),
    ]);
    expect(await attempt(b, email, password)).toMatchObject({ signedIn: true }); // the password is right
    for (let i = 0; i < SIGN_IN_LIMIT.maxFailures; i++) {
      expect(await attempt(a, email, "wrong-password-1")).toMatchObject({
        signedIn: false,
        error: "CredentialsSignin",
      });
    }
    const afterLimit = await attempt(b, email, password);
    expect(afterLimit.signedIn).toBe(false);
    expect(afterLimit.error).toMatch(/too many sign-in attempts/i);
  });

  it("signing out everywhere through A ends the session on B", async () => {
    const cookie = await signIn(a.baseUrl, am.email, "accountable-demo");
    const page = `/${am.slug}/me`;
    expect((await fetch(`${b.baseUrl}${page}`, { headers: { cookie }, redirect: "manual" })).status).toBe(200);

    const id = actionId(actionIds(), "lib/actions/sessions.ts#signOutEverywhere");
    const out = await fetch(`${a.baseUrl}/${am.slug}/account`, {
      ...actionRequest(a.baseUrl, cookie, id, [am.slug, { scope: "everywhere" }]),
    });
    expect(actionResult(await out.text())).toMatchObject({ ok: true });

    // The same cookie, next request, the other instance: the session version moved on in PostgreSQL.
    const after = await fetch(`${b.baseUrl}${page}`, { headers: { cookie }, redirect: "manual" });
    expect(after.status).toBeGreaterThanOrEqual(300);
    expect(after.status).toBeLessThan(400);
    expect(after.headers.get("location")).toMatch(/\/sign-in/);
    const session = await fetch(`${b.baseUrl}/api/auth/session`, { headers: { cookie } });
    expect(await session.json()).toEqual({});
  });
});
