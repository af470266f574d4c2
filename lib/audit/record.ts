import type { TenantTx } from "@/lib/db/tenant";
import type { Prisma } from "@/lib/db/generated/client";

export type AuditInput = {
  agencyId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** JSON-safe copy: Decimals and Dates become strings, undefined fields disappear. */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Written inside the caller's transaction, so the event exists exactly when the change does. */
export async function recordAudit(tx: TenantTx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      agencyId: event.agencyId,
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      before: snapshot(event.before),
      after: snapshot(event.after),
    },
  });
}
