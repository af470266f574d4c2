import { env } from "@/lib/env";
import type { TenantTx } from "@/lib/db/tenant";
import type { NewDelivery } from "@/lib/mail/outbox";
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
  const [channels] = await notifyMany(tx, [input]);
  return channels!;
}

/**
 * notify() for many members of one agency at once, in a fixed number of statements however many there are (a sync
 * that makes a hundred follow-ups must not hold its transaction for five hundred round trips): one read of the
 * preferences, of the addresses and of the webhook, one insert of the inbox rows and one of the outbox rows (a key
 * already queued is skipped, as in enqueueDelivery). Returns each input's channels, in order.
 */
export async function notifyMany(tx: TenantTx, inputs: readonly NotifyInput[]): Promise<ChannelSet[]> {
  if (inputs.length === 0) return [];
  const agencyId = inputs[0]!.agencyId;
  if (inputs.some((i) => i.agencyId !== agencyId)) throw new Error("notifyMany: one agency per call");
  const userIds = [...new Set(inputs.map((i) => i.userId))];
  const rows = await tx.notificationPreference.findMany({
    where: { agencyId, userId: { in: userIds }, event: { in: [...new Set(inputs.map((i) => i.event))] } },
    select: { userId: true, event: true, inApp: true, email: true, slack: true },
  });
  const chosen = new Map(rows.map((r) => [`${r.userId}/${r.event}`, r]));
  const channels = inputs.map((i) => channelsFor(i.event, chosen.get(`${i.userId}/${i.event}`)));
  const inbox = inputs.filter((_, n) => channels[n]!.inApp);
  if (inbox.length) {
    await tx.notification.createMany({
      data: inbox.map((i) => ({
        agencyId,
        userId: i.userId,
        event: i.event,
        title: i.title.slice(0, 200),
        body: i.body.slice(0, 2000),
        href: i.href ?? null,
      })),
    });
  }
  const byMail = inputs.filter((_, n) => channels[n]!.email);
  const bySlack = inputs.filter((_, n) => channels[n]!.slack);
  const people = byMail.length
    ? await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } })
    : [];
  const address = new Map(people.map((p) => [p.id, p.email]));
  const hook = bySlack.length
    ? await tx.agencyWebhook.findFirst({ where: { agencyId }, select: { agencyId: true } })
    : null;
  const deliveries: NewDelivery[] = [];
  for (const input of byMail) {
    const recipient = address.get(input.userId);
    if (recipient) deliveries.push(emailDelivery(input, recipient));
  }
  for (const input of hook ? bySlack : []) {
    deliveries.push({
      agencyId,
      channel: "SLACK",
      idempotencyKey: `slack:${input.userId}:${keyOf(input)}`,
      recipient: "slack",
      subject: input.title,
      text: input.href ? `${input.body}\n${absoluteUrl(input.href)}` : input.body,
    });
  }
  if (deliveries.length) await tx.delivery.createMany({ data: deliveries, skipDuplicates: true });
  return channels;
}

/** Without a key every call is its own message; the same random key serves its e-mail and its Slack post. */
const randomKeys = new WeakMap<NotifyInput, string>();
function keyOf(input: NotifyInput): string {
  if (input.key) return input.key;
  let key = randomKeys.get(input);
  if (!key) randomKeys.set(input, (key = `${input.event}:${crypto.randomUUID()}`));
  return key;
}

function emailDelivery(input: NotifyInput, recipient: string): NewDelivery {
  const unsubscribeUrl = unsubscribeUrlFor(input.agencyId, input.userId, input.event);
  const mail = input.email ?? {
    subject: input.title,
    ...renderMail({
      title: input.title,
      intro: input.body,
      sections: [],
      action: input.href ? { label: "Open in Accountable", href: absoluteUrl(input.href) } : undefined,
      unsubscribeUrl,
    }),
  };
  return {
    agencyId: input.agencyId,
    channel: "EMAIL",
    idempotencyKey: `email:${input.userId}:${keyOf(input)}`,
    recipient,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    unsubscribeUrl,
  };
}
