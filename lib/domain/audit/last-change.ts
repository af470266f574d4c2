import type { TenantTx } from "@/lib/db/tenant";

const WHEN = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** "22 Nov 2026, 09:14 UTC": fixed locale and zone, so server and browser agree. */
export const formatWhen = (date: Date) => `${WHEN.format(date)} UTC`;

export type LastChange = { changedBy: string | null; changedAt: string | null; at: Date | null };

/** Who changed an entity last, and when, from the audit trail: what an optimistic-concurrency refusal names. */
export async function lastChangeOf(
  tx: TenantTx,
  agencyId: string,
  entityType: string,
  entityId?: string,
): Promise<LastChange> {
  const event = await tx.auditEvent.findFirst({
    where: { agencyId, entityType, ...(entityId === undefined ? {} : { entityId }) },
    orderBy: { id: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  return {
    changedBy: event?.actor?.name ?? null,
    changedAt: event?.createdAt.toISOString() ?? null,
    at: event?.createdAt ?? null,
  };
}

/** " at 22 Nov 2026, 09:14 UTC", or nothing when the trail has no such event. */
export const atWhen = (at: Date | null | undefined) => (at ? ` at ${formatWhen(at)}` : "");
