import { ActionError } from "@/lib/actions/result";
import type { TenantTx } from "@/lib/db/tenant";
import { formatWhen } from "@/lib/format/dates";

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

/**
 * The one refusal of a stale write (optimistic concurrency): "<what> by <who> at <when> — review and retry.", carrying
 * the values as they are now plus who changed them and when, so the form can offer to start from them.
 */
export function conflictRefusal(last: LastChange, current: object = {}, what = "Changed"): ActionError {
  const who = last.changedBy ?? "someone else";
  const when = last.at ? ` at ${formatWhen(last.at)}` : "";
  return new ActionError("conflict", `${what} by ${who}${when} — review and retry.`, undefined, {
    ...current,
    changedBy: last.changedBy,
    changedAt: last.changedAt,
  });
}
