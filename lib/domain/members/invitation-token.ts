import { createHash, randomBytes } from "node:crypto";

/**
 * Invitation tokens are "<agencyId>.<secret>". The agency part lets acceptance run under that agency's row-level
 * security scope without any privileged lookup; only the SHA-256 of the secret is stored, so a database leak
 * yields no usable links. Tampering with the agency part simply finds nothing.
 */
export const INVITATION_TTL_DAYS = 7;

export function newInvitationToken(agencyId: string) {
  const secret = randomBytes(24).toString("base64url");
  return { token: `${agencyId}.${secret}`, tokenHash: hashSecret(secret) };
}

export function parseInvitationToken(token: string): { agencyId: string; tokenHash: string } | null {
  const match = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{20,64})$/.exec(token);
  if (!match) return null;
  return { agencyId: match[1]!, tokenHash: hashSecret(match[2]!) };
}

function hashSecret(secret: string) {
  return createHash("sha256").update(secret).digest("hex");
}
