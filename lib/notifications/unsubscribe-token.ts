import { isUuid } from "@/lib/uuid";
import { createHmac, timingSafeEqual } from "node:crypto";
import { requireAuthSecret } from "@/lib/env";
import { isNotificationEvent, type NotificationEvent } from "./events";

/**
 * One-click unsubscribe links: `<payload>.<hmac>` where the payload names the agency, the person and the event, and
 * the HMAC-SHA256 (keyed with NEXTAUTH_SECRET, under its own label) proves we issued it. No sign-in needed, nothing
 * stored; the only thing a link can do is switch off e-mail for that one event for that one person.
 */
export type UnsubscribeClaims = { agencyId: string; userId: string; event: NotificationEvent };

function mac(payload: string, secret: string) {
  return createHmac("sha256", secret).update(`unsubscribe:${payload}`).digest("base64url");
}

export function signUnsubscribe(claims: UnsubscribeClaims, secret = requireAuthSecret()): string {
  const payload = Buffer.from(`${claims.agencyId}|${claims.userId}|${claims.event}`).toString("base64url");
  return `${payload}.${mac(payload, secret)}`;
}

export function verifyUnsubscribe(token: string, secret = requireAuthSecret()): UnsubscribeClaims | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [agencyId, userId, event] = Buffer.from(payload, "base64url").toString("utf8").split("|");
  if (!agencyId || !userId || !event || !isUuid(agencyId) || !isUuid(userId)) return null;
  if (!isNotificationEvent(event)) return null;
  return { agencyId, userId, event };
}
