import { SIGN_IN_LIMIT, UNKNOWN_IP } from "@/lib/auth/credentials";
import { withScope } from "@/lib/db/tenant";

/**
 * Limits on what anyone can ask for without signing in, like sign-in's (and, at the end, on guessing a password from
 * inside a session): requests per address and per client IP within a window, counted in the database (SignInAttempt
 * rows under a "<kind>:" prefix, so they never mix with sign-in failures and every app instance sees the same counts)
 * and serialized by advisory locks. Counted for every address alike, so a limit itself reveals nothing about which
 * addresses have accounts. Without a trusted client address (TRUSTED_PROXY_HOPS=0) only the per-address limit
 * applies, as for sign-in: one shared "unknown" bucket would let anyone lock everyone out.
 */
type RequestLimit = { perEmail: number | null; perIp: number; windowMinutes: number };

/** Forgot-password mails: three per address per quarter hour. */
export const RESET_LIMIT = { perEmail: 3, perIp: SIGN_IN_LIMIT.maxFailures, windowMinutes: 15 } as const;

/**
 * New agencies: each costs a password hash (CPU) and leaves an account and an agency behind, so one client address
 * gets five an hour. No per-address limit: a second sign-up with an address is refused before any hashing, and sends
 * no mail.
 */
export const SIGN_UP_LIMIT = { perEmail: null, perIp: 5, windowMinutes: 60 } as const;

export const reserveResetRequest = (email: string, ip: string) => reserveRequest("reset", RESET_LIMIT, email, ip);
export const reserveSignUp = (email: string, ip: string) => reserveRequest("sign-up", SIGN_UP_LIMIT, email, ip);

async function reserveRequest(kind: string, limit: RequestLimit, email: string, rawIp: string): Promise<boolean> {
  const ip = rawIp.slice(0, 64);
  const key = `${kind}:${email.trim().toLowerCase()}`.slice(0, 254);
  const ipKey = `${kind}-ip:${ip}`;
  const knownIp = ip !== UNKNOWN_IP;
  if (limit.perEmail === null && !knownIp) return true; // nothing to count against
  return withScope({ agencyId: null, userId: null }, async (tx) => {
    const since = new Date(Date.now() - limit.windowMinutes * 60_000);
    // Locks in a fixed order (address, then IP), so two requests never wait on each other in a cycle.
    if (limit.perEmail !== null) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
      const forEmail = await tx.signInAttempt.count({ where: { email: key, createdAt: { gte: since } } });
      if (forEmail >= limit.perEmail) return false;
    }
    if (knownIp) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${ipKey}, 0))`;
      const forIp = await tx.signInAttempt.count({
        where: { ip, email: { startsWith: `${kind}:` }, createdAt: { gte: since } },
      });
      if (forIp >= limit.perIp) return false;
    }
    await tx.signInAttempt.create({ data: { email: key, ip, success: false }, select: { id: true } });
    return true;
  });
}

/**
 * Wrong current passwords when changing one: five per person per quarter hour. Someone holding a signed-in session
 * (a borrowed laptop, a stolen cookie) must not be able to guess the password through the change form, bounded
 * only by hashing. Each check is reserved as a failure before the hash is compared (so concurrent guesses cannot pass
 * the limit together) and marked a success when the password was right; only failures count.
 */
export const PASSWORD_CHECK_LIMIT = { maxFailures: 5, windowMinutes: 15 } as const;

/** Reserves one current-password check for the person: its id to mark a success, or null when over the limit. */
export async function reservePasswordCheck(userId: string): Promise<bigint | null> {
  const key = `password-check:${userId}`;
  return withScope({ agencyId: null, userId: null }, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
    const since = new Date(Date.now() - PASSWORD_CHECK_LIMIT.windowMinutes * 60_000);
    const failures = await tx.signInAttempt.count({ where: { email: key, success: false, createdAt: { gte: since } } });
    if (failures >= PASSWORD_CHECK_LIMIT.maxFailures) return null;
    const check = await tx.signInAttempt.create({
      data: { email: key, ip: UNKNOWN_IP, success: false },
      select: { id: true },
    });
    return check.id;
  });
}

/** The reserved check's password was right: it stops counting as a failure. */
export async function passwordCheckPassed(checkId: bigint): Promise<void> {
  await withScope({ agencyId: null, userId: null }, (tx) =>
    tx.signInAttempt.update({ where: { id: checkId }, data: { success: true }, select: { id: true } }),
  );
}
