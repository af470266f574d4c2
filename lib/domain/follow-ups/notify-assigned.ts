import type { TenantTx } from "@/lib/db/tenant";
import { notifyMany, type NotifyInput } from "@/lib/notifications/notify";

export type AssignedFollowUp = { id: string; assigneeId: string | null; title: string; reason?: string | null };

/**
 * Tells each assignee about a follow-up made for them (inbox, and e-mail or Slack as they chose), in the transaction
 * that created it: a follow-up the sync rolls back notifies nobody, and the outbox key makes a retried job's e-mail
 * go out once.
 */
export async function notifyAssigned(
  tx: TenantTx,
  agencyId: string,
  items: readonly AssignedFollowUp[],
  except?: { userId: string },
) {
  if (items.length === 0) return;
  const agency = await tx.agency.findFirst({ where: { id: agencyId }, select: { slug: true } });
  const members = await tx.membership.findMany({
    where: {
      agencyId,
      id: { in: [...new Set(items.flatMap((i) => (i.assigneeId ? [i.assigneeId] : [])))] },
      active: true,
    },
    select: { id: true, userId: true },
  });
  const userOf = new Map(members.map((m) => [m.id, m.userId]));
  const inputs: NotifyInput[] = [];
  for (const item of items) {
    const userId = item.assigneeId ? userOf.get(item.assigneeId) : undefined; // null: the leaders' queue
    if (!userId || !agency || userId === except?.userId) continue; // nobody is told about what they just did
    inputs.push({
      agencyId,
      userId,
      event: "followup.assigned",
      title: `Follow-up: ${item.title}`,
      body: item.reason ?? "A follow-up was assigned to you.",
      href: `/${agency.slug}/follow-ups`,
      key: `followup:${item.id}:assigned`,
    });
  }
  await notifyMany(tx, inputs); // a fixed number of statements for the whole sync, however many it made
}
