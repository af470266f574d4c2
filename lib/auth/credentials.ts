import argon2 from "argon2";
import { withScope } from "@/lib/db/tenant";

/** Failed sign-ins allowed per email and per IP within the window, counted in the database (holds across instances). */
export const SIGN_IN_LIMIT = { maxFailures: 10, windowMinutes: 15 } as const;

export type SignInResult =
  { ok: true; user: { id: string; name: string; email: string } } | { ok: false; reason: "invalid" | "rate_limited" };

/** What lib/auth/options.ts passes when no X-Forwarded-For / X-Real-IP header names the client. */
export const UNKNOWN_IP = "unknown";

export const PASSWORD_POLICY = { minLength: 10, maxLength: 200 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

// Verifying against a real hash even for unknown emails keeps response times from revealing which emails exist.
let decoyHash: Promise<string> | undefined;

export async function verifyCredentials(rawEmail: string, password: string, rawIp: string): Promise<SignInResult> {
  const email = rawEmail.trim().toLowerCase().slice(0, 254);
  const ip = rawIp.slice(0, 64); // counted exactly as stored, or an over-long value would never reach the limit
  return withScope({ agencyId: null, userId: null }, async (tx) => {
    const since = new Date(Date.now() - SIGN_IN_LIMIT.windowMinutes * 60_000);
    const [byEmail, byIp] = await Promise.all([
      tx.signInAttempt.count({ where: { email, success: false, createdAt: { gte: since } } }),
      // Without a proxy-supplied client address every request reads "unknown": limiting that shared bucket would let
      // ten failures by anyone lock everyone out, so only known addresses get a per-IP limit.
      ip === UNKNOWN_IP ? 0 : tx.signInAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
    ]);
    if (byEmail >= SIGN_IN_LIMIT.maxFailures || byIp >= SIGN_IN_LIMIT.maxFailures) {
      return { ok: false, reason: "rate_limited" } as const;
    }
    const rows = await tx.$queryRaw<{ id: string; name: string; passwordHash: string }[]>`
      SELECT "id", "name", "passwordHash" FROM app_credentials_for_email(${email})`;
    const found = rows[0];
    decoyHash ??= hashPassword("decoy-password-never-matches");
    const valid = await argon2.verify(found?.passwordHash ?? (await decoyHash), password).catch(() => false);
    const success = Boolean(found && valid);
    await tx.signInAttempt.create({ data: { email, ip, success } });
    if (!found || !success) return { ok: false, reason: "invalid" } as const;
    return { ok: true, user: { id: found.id, name: found.name, email } } as const;
  });
}
