import { SIGN_IN_LIMIT, UNKNOWN_IP } from "@/lib/auth/credentials";
import { withScope } from "@/lib/db/tenant";

/**
 * Limits on what anyone can ask for without signing in, like sign-in's, and on guessing a password from inside a
 * session: requests per address and per client IP within a window, counted in the database (SignInAttempt rows under
 * a "<kind>:" prefix, so they never mix with sign-in failures and every app instance sees the same counts; a request
 * marked a success stops counting) and serialized by advisory locks. Counted for every address alike, so a limit
 * itself reveals nothing about which addresses have accounts. Without a trusted client address (TRUSTED_PROXY_HOPS=0)
 * only the per-address limit applies, as for sign-in: one shared "unknown" bucket would let anyone lock everyone out.
 */
type RequestLimit = { perEmail: number | null; perIp: number | null; windowMinutes: number };

/** Forgot-password mails: three per address per quarter hour. */
export const RESET_LIMIT = { perEmail: 3, perIp: SIGN_IN_LIMIT.maxFailures, windowMinutes: 15 } as const;

/**
 * New agencies: each costs a password hash (CPU) and leaves an account and an agency behind, so one client address
 * gets five an hour. No per-address limit: a second sign-up with an address is refused before any hashing, and sends
 * no mail.
 */
export const SIGN_UP_LIMIT = { perEmail: null, perIp: 5, windowMinutes: 60 } as const;

/**
 * Wrong current passwords when changing one: five per person (their user id in the address's place) per quarter
 * hour. Someone holding a signed-in session (a borrowed laptop, a stolen cookie) must not be able to guess the
 * password through the change form, bounded only by hashing. Each check is reserved before the hash is compared (so
 * concurrent guesses cannot pass the limit together) and marked a success when the password was right.
 */
export const PASSWORD_CHECK_LIMIT = { perEmail: 5, perIp: null, windowMinutes: 15 } as const;

/** A request counted against its limits: its row, to mark a success; null when nothing was counted. */
export type Reservation = { attemptId: bigint | null };

export const reserveResetRequest = async (email: string, ip: string) =>
  (await reserveRequest("reset", RESET_LIMIT, email, ip)) !== null;
export const reserveSignUp = async (email: string, ip: string) =>
  (await reserveRequest("sign-up", SIGN_UP_LIMIT, email, ip)) !== null;
export const reservePasswordCheck = (userId: string) =>
  reserveRequest("password-check", PASSWORD_CHECK_LIMIT, userId, UNKNOWN_IP);

/** The reserved request went through (the password was right): it stops counting, as only failures count. */
export async function requestSucceeded({ attemptId }: Reservation): Promise<void> {
  if (attemptId === null) return;
  await withScope({ agencyId: null, userId: null }, (tx) =>
    tx.signInAttempt.update({ where: { id: attemptId }, data: { success: true }, select: { id: true } }),
  );
}

/** Counts the subject's (and the client address's) recent failures and records this request as one: null if over. */
async function reserveRequest(
  kind: string,
  limit: RequestLimit,
  subject: string,
  rawIp: string,
): Promise<Reservation | null> {
  const ip = rawIp.slice(0, 64);
  const key = `${kind}:${subject.trim().toLowerCase()}`.slice(0, 254);
  const ipKey = `${kind}-ip:${ip}`;
  const perIp = ip !== UNKNOWN_IP ? limit.perIp : null;
  if (limit.perEmail === null && perIp === null) return { attemptId: null }; // nothing to count against
  return withScope({ agencyId: null, userId: null }, async (tx) => {
    const since = { gte: new Date(Date.now() - limit.windowMinutes * 60_000) };
    // Locks in a fixed order (address, then IP), so two requests never wait on each other in a cycle.
    if (limit.perEmail !== null) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
      const forEmail = await tx.signInAttempt.count({ where: { email: key, success: false, createdAt: since } });
      if (forEmail >= limit.perEmail) return null;
    }
    if (perIp !== null) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${ipKey}, 0))`;
      const forIp = await tx.signInAttempt.count({
        where: { ip, email: { startsWith: `${kind}:` }, success: false, createdAt: since },
      });
      if (forIp >= perIp) return null;
    }
    const attempt = await tx.signInAttempt.create({ data: { email: key, ip, success: false }, select: { id: true } });
    return { attemptId: attempt.id };
  });
}
