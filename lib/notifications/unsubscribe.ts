import { recordAudit } from "@/lib/audit/record";
import { withTenant } from "@/lib/db/tenant";
import { NOTIFICATION_EVENTS } from "./events";
import { channelsOf } from "./notify";
import { verifyUnsubscribe } from "./unsubscribe-token";

export type UnsubscribeOutcome = { ok: true; eventLabel: string } | { ok: false };

/**
 * One-click unsubscribe (no sign-in: the signed link is the authority): switches e-mail off for that one event for
 * that one person in that agency, keeps their other channels, and audits it as the person (never the token).
 * Idempotent: a second click changes nothing and records nothing.
 */
export async function unsubscribeWithToken(token: string): Promise<UnsubscribeOutcome> {
  const claims = verifyUnsubscribe(token);
  if (!claims) return { ok: false };
  const { agencyId, userId, event } = claims;
  const eventLabel = NOTIFICATION_EVENTS[event].label;
  const member = await withTenant(agencyId, userId, (tx) =>
    tx.membership.findFirst({ where: { agencyId, userId }, select: { id: true } }),
  );
  if (!member) return { ok: false };
  await withTenant(agencyId, userId, async (tx) => {
    const before = await channelsOf(tx, agencyId, userId, event);
    if (!before.email) return;
    const after = { ...before, email: false };
    await tx.notificationPreference.upsert({
      where: { agencyId_userId_event: { agencyId, userId, event } },
      create: { agencyId, userId, event, ...after },
      update: { email: false },
      select: { event: true },
    });
    await recordAudit(tx, {
      agencyId,
      actorId: userId,
      action: "notification.unsubscribed",
      entityType: "NotificationPreference",
      entityId: event,
      before,
      after,
    });
  });
  return { ok: true, eventLabel };
}
