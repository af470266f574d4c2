import { isUuid } from "@/lib/uuid";
import { db } from "@/lib/db/prisma";

/**
 * What makes a session (a next-auth JWT) revocable. The token carries the user's session version at sign-in ("sv")
 * and the sign-in time ("authTime"); every request that reads the session (getServerSession in pages and actions,
 * and /api/auth/session, which would otherwise extend a token forever) checks both here, in the jwt callback of
 * lib/auth/options.ts. "Sign out everywhere", a password change and a deactivation bump User.sessionVersion, so
 * every token issued before is refused on its next request, on every app instance.
 */

/** A session ends this long after sign-in, however active it stays (the 8-hour idle expiry is next-auth's maxAge). */
export const SESSION_ABSOLUTE_MAX_SECONDS = 12 * 60 * 60;

export type SessionClaims = { sub?: string; sv?: unknown; authTime?: unknown };

/** Thrown inside the jwt callback: next-auth then answers "no session" and clears the cookie. */
export class SessionRevokedError extends Error {
  constructor(reason: string) {
    super(`session revoked: ${reason}`);
    this.name = "SessionRevokedError";
  }
}

/**
 * The user's current session version (null when the user does not exist), through a narrow privileged lookup that
 * returns one integer. It runs on every request, so it is one statement outside any transaction: it reads no tenant
 * table, so there is no scope to set.
 */
export async function currentSessionVersion(userId: string): Promise<number | null> {
  if (!isUuid(userId)) return null;
  const rows = await db().$queryRaw<{ version: number | null }[]>`
    SELECT app_session_version(${userId}::uuid) AS version`;
  return rows[0]?.version ?? null;
}

/** Why a token must be refused, or null when it is still good. `now` in seconds. */
export async function revocationReason(token: SessionClaims, now = Math.floor(Date.now() / 1000)) {
  if (!token.sub || typeof token.sv !== "number" || typeof token.authTime !== "number") return "no session version";
  if (now - token.authTime > SESSION_ABSOLUTE_MAX_SECONDS) return "absolute lifetime reached";
  const version = await currentSessionVersion(token.sub);
  if (version === null) return "user gone";
  if (version !== token.sv) return "signed out everywhere";
  return null;
}

export async function assertSessionValid(token: SessionClaims): Promise<void> {
  const reason = await revocationReason(token);
  if (reason) throw new SessionRevokedError(reason);
}
