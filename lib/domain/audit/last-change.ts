import type { TenantTx } from "@/lib/db/tenant";

import { formatWhen } from "@/lib/format/dates";

export { formatWhen };

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
