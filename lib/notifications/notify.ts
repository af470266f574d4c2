import { env } from "@/lib/env";
import type { TenantTx } from "@/lib/db/tenant";
import { enqueueDelivery } from "@/lib/mail/outbox";
import { channelsFor, type ChannelSet, type NotificationEvent } from "./events";
import { renderMail } from "./render";
import { signUnsubscribe } from "./unsubscribe-token";

export type NotifyInput = {
  agencyId: string;
  userId: string;
  event: NotificationEvent;
  title: string;
  body: string;
  /** Path inside the app, e.g. "/brightside/accounts/…" (made absolute for e-mail and Slack). */
  href?: string | null;
  /** Makes the e-mail and Slack messages idempotent (e.g. "followup:<id>:assigned"); default: one per call. */
  key?: string;
  /** A richer e-mail than title + body (digests). */
  email?: { subject: string; text: string; html: string };
};

export function absoluteUrl(path: string) {
  return new URL(path, env.NEXTAUTH_URL).toString();
}

export function unsubscribeUrlFor(agencyId: string, userId: string, event: NotificationEvent) {
  return absoluteUrl(`/unsubscribe/${signUnsubscribe({ agencyId, userId, event })}`);
}

/** The member's channels for an event (their preference row, else the event's defaults). */
export async function channelsOf(tx: TenantTx, agencyId: string, userId: string, event: NotificationEvent) {
  const row = await tx.notificationPreference.findFirst({
    where: { agencyId, userId, event },
    select: { inApp: true, email: true, slack: true },
  });
  return channelsFor(event, row);
}

/**
 * Notifies one member in the caller's transaction, on the channels they chose: an inbox row, an e-mail and/or a
 * Slack post queued in the outbox (sent by deliverPendingNotifications). Other slices (follow-ups) call this.
 */
export async function notify(tx: TenantTx, input: NotifyInput): Promise<ChannelSet> {
  const channels = await channelsOf(tx, input.agencyId, input.userId, input.event);
  const key = input.key ?? `${input.event}:${crypto.randomUUID()}`;
  if (channels.inApp) {
    await tx.notification.create({
      data: {
        agencyId: input.agencyId,
        userId: input.userId,
        event: input.event,
        title: input.title.slice(0, 200),
        body: input.body.slice(0, 2000),
        href: input.href ?? null,
      },
      select: { id: true },
    });
  }
  if (channels.email) {
    const person = await tx.user.findFirst({ where: { id: input.userId }, select: { email: true } });
    if (person) {
      const unsubscribeUrl = unsubscribeUrlFor(input.agencyId, input.userId, input.event);
      const mail =
        input.email ??
        ({
          subject: input.title,
          ...renderMail({
            title: input.title,
            intro: input.body,
            sections: [],
            action: input.href ? { label: "Open in Accountable", href: absoluteUrl(input.href) } : undefined,
            unsubscribeUrl,
          }),
        } as const);
      await enqueueDelivery(tx, {
        agencyId: input.agencyId,
        channel: "EMAIL",
        idempotencyKey: `email:${input.userId}:${key}`,
        recipient: person.email,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        unsubscribeUrl,
      });
    }
  }
  if (channels.slack) {
    const hook = await tx.agencyWebhook.findFirst({ where: { agencyId: input.agencyId }, select: { agencyId: true } });
    if (hook) {
      await enqueueDelivery(tx, {
        agencyId: input.agencyId,
        channel: "SLACK",
        idempotencyKey: `slack:${input.userId}:${key}`,
        recipient: "slack",
        subject: input.title,
        text: input.href ? `${input.body}\n${absoluteUrl(input.href)}` : input.body,
      });
    }
  }
  return channels;
}
