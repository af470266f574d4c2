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

function auditRow(event: AuditInput) {
  return {
    agencyId: event.agencyId,
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    before: snapshot(event.before),
    after: snapshot(event.after),
  };
}

/** Written inside the caller's transaction, so the event exists exactly when the change does. */
export async function recordAudit(tx: TenantTx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(event) });
}

/** Many events in one statement, for the batch writes (the follow-up sync). */
export async function recordAudits(tx: TenantTx, events: readonly AuditInput[]): Promise<void> {
  if (events.length > 0) await tx.auditEvent.createMany({ data: events.map(auditRow) });
}

/**
 * The event of fields changed on one row, each named once with its value before and after:
 * `fieldChange("lead.stage_changed", "NewBusinessLead", lead.id, { stage: [lead.stage, input.stage] })`.
 */
export function fieldChange(
  action: string,
  entityType: string,
  entityId: string,
  changes: Record<string, readonly [before: unknown, after: unknown]>,
): Omit<AuditInput, "agencyId" | "actorId"> {
  const side = (i: 0 | 1) => Object.fromEntries(Object.entries(changes).map(([field, pair]) => [field, pair[i]]));
  return { action, entityType, entityId, before: side(0), after: side(1) };
}
