import argon2 from "argon2";
import { Semaphore } from "@/lib/concurrency";
import { db } from "@/lib/db/prisma";
import { withScope } from "@/lib/db/tenant";
import { currentSessionVersion } from "./session-guard";

/**
 * Failed sign-ins allowed per (email, client IP) pair and per client IP within the window, counted in the database
 * (holds across instances). The pair, not the email alone: a stranger failing on your address from their machine
 * must not lock you out on yours. An address under attack from many machines is slowed down instead (SLOWDOWN).
 */
export const SIGN_IN_LIMIT = { maxFailures: 10, windowMinutes: 15 } as const;

/** Per email, from any IP: after `afterFailures` recent failures every attempt waits longer, up to `maxMs`. */
export const SLOWDOWN = { afterFailures: 5, stepMs: 250, maxMs: 4_000 } as const;

/** Password hashes checked at once by one instance: argon2id takes 64 MB and a libuv thread for tens of ms each. */
export const HASH_CONCURRENCY = 2;

/** Sign-in attempt rows older than this are deleted (a few at a time, by the attempts themselves). */
export const ATTEMPT_RETENTION_HOURS = 24;

export type SignInResult =
  | { ok: true; user: { id: string; name: string; email: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "rate_limited" };

/** The client address when no trusted proxy names it (lib/auth/client-ip.ts): one shared value, so no per-IP limit. */
export const UNKNOWN_IP = "unknown";

export const PASSWORD_POLICY = { minLength: 10, maxLength: 200 } as const;

const hashing = new Semaphore(HASH_CONCURRENCY);

export function hashPassword(password: string): Promise<string> {
  return hashing.run(() => argon2.hash(password, { type: argon2.argon2id }));
}

/** Checks a password against a stored hash, never more than HASH_CONCURRENCY at once. False for a malformed hash. */
export function passwordMatches(hash: string, password: string): Promise<boolean> {
  return hashing.run(() => argon2.verify(hash, password).catch(() => false));
}

// Verifying against a real hash even for unknown emails keeps response times from revealing which emails exist.
let decoyHash: Promise<string> | undefined;

/** The stored hash for an email (one row or none), through the only function that may read it. */
export async function credentialsFor(email: string) {
  const rows = await withScope(
    { agencyId: null, userId: null },
    (tx) => tx.$queryRaw<{ id: string; name: string; passwordHash: string }[]>`
      SELECT "id", "name", "passwordHash" FROM app_credentials_for_email(${email})`,
  );
  return rows[0] ?? null;
}

export async function verifyCredentials(rawEmail: string, password: string, rawIp: string): Promise<SignInResult> {
  const email = rawEmail.trim().toLowerCase().slice(0, 254);
  const ip = rawIp.slice(0, 64); // counted exactly as stored, or an over-long value would never reach the limit
  const reserved = await reserveAttempt(email, ip);
  if (!reserved) return { ok: false, reason: "rate_limited" };
  await signInClock.sleep(slowdownMs(reserved.emailFailures));
  // The hash is checked outside any transaction: a flood of sign-ins waits for a hashing slot, not a connection.
  const found = await credentialsFor(email);
  decoyHash ??= hashPassword("decoy-password-never-matches");
  const valid = await passwordMatches(found?.passwordHash ?? (await decoyHash), password);
  if (!found || !valid) return { ok: false, reason: "invalid" };
  const sessionVersion = await currentSessionVersion(found.id);
  if (sessionVersion === null) return { ok: false, reason: "invalid" };
  await db().signInAttempt.update({ where: { id: reserved.attemptId }, data: { success: true } });
  return { ok: true, user: { id: found.id, name: found.name, email, sessionVersion } };
}

/**
 * Counts recent failures and records this attempt (as a failure until the password proves right) in one short
 * transaction, serialized per email and per IP by advisory locks: concurrent attempts cannot exceed the limit.
 * Locks are always taken email first, then IP, so two attempts never wait on each other in a cycle.
 */
async function reserveAttempt(email: string, ip: string) {
  return withScope({ agencyId: null, userId: null }, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:email:${email}`}, 0))`;
    const knownIp = ip !== UNKNOWN_IP;
    if (knownIp) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:ip:${ip}`}, 0))`;
    const since = new Date(Date.now() - SIGN_IN_LIMIT.windowMinutes * 60_000);
    const failed = { success: false, createdAt: { gte: since } };
    const byPair = await tx.signInAttempt.count({ where: { ...failed, email, ip } });
    const byEmail = await tx.signInAttempt.count({ where: { ...failed, email } });
    // Without a trusted client address every request shares UNKNOWN_IP: limiting that bucket would let ten
    // failures by anyone lock everyone out, so only known addresses get a per-IP limit.
    const byIp = knownIp ? await tx.signInAttempt.count({ where: { ...failed, ip } }) : 0;
    if (byPair >= SIGN_IN_LIMIT.maxFailures || byIp >= SIGN_IN_LIMIT.maxFailures) return null;
    const attempt = await tx.signInAttempt.create({ data: { email, ip, success: false }, select: { id: true } });
    await tx.$executeRaw`
      DELETE FROM "SignInAttempt" WHERE "id" IN (
        SELECT "id" FROM "SignInAttempt"
        WHERE "createdAt" < now() - make_interval(hours => ${ATTEMPT_RETENTION_HOURS}) LIMIT 500)`;
    return { attemptId: attempt.id, emailFailures: byEmail };
  });
}

export function slowdownMs(recentFailures: number): number {
  if (recentFailures < SLOWDOWN.afterFailures) return 0;
  return Math.min(SLOWDOWN.maxMs, SLOWDOWN.stepMs * 2 ** (recentFailures - SLOWDOWN.afterFailures));
}

/** The slowdown's wait, an object so tests can observe (and skip) it. */
export const signInClock = {
  sleep: (ms: number): Promise<void> =>
    ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve(),
};
