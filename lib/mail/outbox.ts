import { withTenant, type TenantTx } from "@/lib/db/tenant";
import { allAgencyIds } from "@/lib/jobs/agency-ids";
import { sendMail, type MailTransportOptions } from "./transport";
import { postWebhook } from "./webhook";

/**
 * The outbox (table "Delivery"): every e-mail and Slack post is first a row, written in the transaction that decided
 * to send it, with a unique (agencyId, idempotencyKey). Sending is a separate step that claims rows with a
 * conditional UPDATE (… FOR UPDATE SKIP LOCKED), so two runners never take the same row, and marks them SENT after
 * the transport accepted them. A runner that dies between claim and mark leaves the row SENDING; after
 * STALE_CLAIM_MS another run takes it again (at-least-once for that narrow window; the Message-ID is the row's id,
 * so mail systems can drop the duplicate). Failures go back to PENDING with a growing delay, FAILED after MAX_ATTEMPTS.
 */
export const MAX_ATTEMPTS = 6;
export const STALE_CLAIM_MS = 10 * 60_000;
const BATCH = 25;

export type NewDelivery = {
  agencyId: string;
  channel: "EMAIL" | "SLACK";
  idempotencyKey: string;
  /** E-mail address, or "slack" (the agency's webhook, read at send time). */
  recipient: string;
  subject: string;
  text: string;
  html?: string | null;
  unsubscribeUrl?: string | null;
};

/** Queues a message in the caller's transaction; a second call with the same key does nothing. True when queued. */
export async function enqueueDelivery(tx: TenantTx, delivery: NewDelivery): Promise<boolean> {
  const result = await tx.delivery.createMany({ data: [delivery], skipDuplicates: true });
  return result.count === 1;
}

/** Minutes before attempt n+1: 1, 4, 9, 16, 25. */
export function retryDelayMs(attempts: number): number {
  return attempts * attempts * 60_000;
}

type Claimed = {
  id: string;
  channel: "EMAIL" | "SLACK";
  recipient: string;
  subject: string;
  text: string;
  html: string | null;
  unsubscribeUrl: string | null;
  attempts: number;
  claimedAt: Date;
};

export type DeliveryOptions = {
  now?: Date;
  mail?: MailTransportOptions;
  /** Only these agencies (a per-agency job, or a test); default every agency. */
  agencyIds?: readonly string[];
  /** For tests: the Slack post (URL, JSON body → HTTP status); defaults to postWebhook (public addresses only). */
  postWebhook?: typeof postWebhook;
};

export type DeliveryReport = { sent: number; failed: number; retrying: number };

/** Sends every due message of every agency once. Safe to run on several workers at the same time. */
export async function deliverPending(options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0, retrying: 0 };
  for (const id of options.agencyIds ?? (await allAgencyIds())) {
    const part = await deliverForAgency(id, options);
    report.sent += part.sent;
    report.failed += part.failed;
    report.retrying += part.retrying;
  }
  return report;
}

export async function deliverForAgency(agencyId: string, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const report: DeliveryReport = { sent: 0, failed: 0, retrying: 0 };
  const claimed = await withTenant(agencyId, null, (tx) => claim(tx, agencyId, now));
  for (const row of claimed) {
    const outcome = await attempt(agencyId, row, options);
    await withTenant(agencyId, null, (tx) => settle(tx, agencyId, row, outcome, now));
    if (outcome.ok) report.sent++;
    else if (row.attempts >= MAX_ATTEMPTS) report.failed++;
    else report.retrying++;
  }
  return report;
}

function claim(tx: TenantTx, agencyId: string, now: Date) {
  const stale = new Date(now.getTime() - STALE_CLAIM_MS);
  return tx.$queryRaw<Claimed[]>`
    UPDATE "Delivery" d SET "status" = 'SENDING', "claimedAt" = ${now}, "attempts" = d."attempts" + 1
     WHERE d."id" IN (
       SELECT c."id" FROM "Delivery" c
        WHERE c."agencyId" = ${agencyId}::uuid
          AND ((c."status" = 'PENDING' AND (c."nextAttemptAt" IS NULL OR c."nextAttemptAt" <= ${now}))
            OR (c."status" = 'SENDING' AND c."claimedAt" < ${stale}))
        ORDER BY c."createdAt", c."id"
        LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED)
    RETURNING d."id", d."channel", d."recipient", d."subject", d."text", d."html", d."unsubscribeUrl",
              d."attempts", d."claimedAt"`;
}

type Outcome = { ok: true } | { ok: false; error: string };

async function attempt(agencyId: string, row: Claimed, options: DeliveryOptions): Promise<Outcome> {
  try {
    if (row.channel === "EMAIL") {
      await sendMail(
        {
          to: row.recipient,
          subject: row.subject,
          text: row.text,
          html: row.html,
          messageId: `<${row.id}@accountable>`,
          unsubscribeUrl: row.unsubscribeUrl,
        },
        options.mail,
      );
    } else {
      await postToSlack(agencyId, row, options.postWebhook ?? postWebhook);
    }
    return { ok: true };
  } catch (error) {
    // Only the error's message, cut short: never the webhook URL (postToSlack's errors do not contain it).
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message.slice(0, 500) };
  }
}

async function postToSlack(agencyId: string, row: Claimed, post: typeof postWebhook) {
  const hook = await withTenant(agencyId, null, (tx) =>
    tx.agencyWebhook.findFirst({ where: { agencyId }, select: { slackUrl: true } }),
  );
  if (!hook) return; // removed since it was queued: nothing to send
  // Never to a private or loopback address, never through a redirect (lib/mail/webhook.ts: a leader's URL is input).
  const status = await post(hook.slackUrl, JSON.stringify({ text: `*${row.subject}*\n${row.text}` }));
  if (status < 200 || status > 299) throw new Error(`Slack webhook answered ${status}`);
}

async function settle(tx: TenantTx, agencyId: string, row: Claimed, outcome: Outcome, now: Date) {
  // Only the runner holding this claim may settle it (a stale claim retaken by another runner has a newer claimedAt).
  const mine = { agencyId, id: row.id, status: "SENDING" as const, claimedAt: row.claimedAt };
  if (outcome.ok) {
    // The body is not needed once sent, and may hold a link that works (an invitation): blank it.
    await tx.delivery.updateMany({
      where: mine,
      data: { status: "SENT", sentAt: new Date(), lastError: null, text: "", html: null },
    });
    return;
  }
  const gaveUp = row.attempts >= MAX_ATTEMPTS;
  await tx.delivery.updateMany({
    where: mine,
    data: {
      status: gaveUp ? "FAILED" : "PENDING",
      lastError: outcome.error,
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)),
    },
  });
}
