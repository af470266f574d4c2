/**
 * The notification jobs, for the job queue to call (see docs/adr/0006-mail-and-notifications.md for the schedule):
 * plain async functions, idempotent and safe to run twice at the same time, each returning what it did.
 *   runLeaderDigests   hourly  – leaders whose chosen weekday it is, after 07:00 in the agency's time zone
 *   runAmDigests       hourly  – AMs with check-ins or follow-ups due, once per local day after 07:00
 *   deliverPendingNotifications  every minute – the outbox (e-mail over SMTP or caught .eml, Slack)
 */
import { deliverPending, type DeliveryOptions, type DeliveryReport } from "@/lib/mail/outbox";

export { runAmDigests, runLeaderDigests, type DigestReport } from "./digests";
export { notify, type NotifyInput } from "./notify";

export function deliverPendingNotifications(options: DeliveryOptions = {}): Promise<DeliveryReport> {
  return deliverPending(options);
}
