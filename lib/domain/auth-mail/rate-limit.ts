import { SIGN_IN_LIMIT, UNKNOWN_IP } from "@/lib/auth/credentials";
import { withScope } from "@/lib/db/tenant";

/**
 * The forgot-password limit, like sign-in's: requests per address and per client IP within a window, counted in the
 * database (SignInAttempt rows under a "reset:" prefix, so they never mix with sign-in failures) and serialized by
 * advisory locks. Counted for every address alike, so the limit itself reveals nothing.
 */
export const RESET_LIMIT = { perEmail: 3, perIp: SIGN_IN_LIMIT.maxFailures, windowMinutes: 15 } as const;

export async function reserveResetRequest(email: string, rawIp: string): Promise<boolean> {
  const ip = rawIp.slice(0, 64);
  const key = `reset:${email}`.slice(0, 254);
  const ipKey = `reset-ip:${ip}`;
  return withScope({ agencyId: null, userId: null }, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
    const since = new Date(Date.now() - RESET_LIMIT.windowMinutes * 60_000);
    const forEmail = await tx.signInAttempt.count({ where: { email: key, createdAt: { gte: since } } });
    if (forEmail >= RESET_LIMIT.perEmail) return false;
    if (ip !== UNKNOWN_IP) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${ipKey}, 0))`;
      const forIp = await tx.signInAttempt.count({
        where: { ip, email: { startsWith: "reset:" }, createdAt: { gte: since } },
      });
      if (forIp >= RESET_LIMIT.perIp) return false;
    }
    await tx.signInAttempt.create({ data: { email: key, ip, success: false }, select: { id: true } });
    return true;
  });
}
