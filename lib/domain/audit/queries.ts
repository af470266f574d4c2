import type { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import { dayAfter, dayStart, type AuditFilters } from "./filters";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEventRow = {
  id: string;
  at: Date;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

/**
 * One page of an agency's audit events, newest first (by time, then id), optionally older than the `before`
 * cursor. Every query names the agency explicitly; row-level security checks it again.
 */
export async function listAuditEvents(
  tx: TenantTx,
  agencyId: string,
  filters: AuditFilters,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<{ events: AuditEventRow[]; olderCursor: string | null }> {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filters.action) and.push({ action: filters.action });
  if (filters.entityType) and.push({ entityType: filters.entityType });
  if (filters.actor) and.push({ actorId: filters.actor === "system" ? null : filters.actor });
  if (filters.from) and.push({ createdAt: { gte: dayStart(filters.from) } });
  if (filters.to) and.push({ createdAt: { lt: dayAfter(filters.to) } });
  if (filters.before) {
    const cursor = await tx.auditEvent.findFirst({
      where: { agencyId, id: BigInt(filters.before) },
      select: { id: true, createdAt: true },
    });
    if (!cursor) return { events: [], olderCursor: null };
    and.push({ OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] });
  }
  const rows = await tx.auditEvent.findMany({
    where: { agencyId, AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      actor: { select: { name: true } },
    },
  });
  const page = rows.slice(0, pageSize);
  const events = page.map((r) => ({
    id: r.id.toString(),
    at: r.createdAt,
    actorName: r.actor?.name ?? null,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    before: r.before,
    after: r.after,
  }));
  return { events, olderCursor: rows.length > pageSize ? (events.at(-1)?.id ?? null) : null };
}

export type AuditFilterOptions = { actions: string[]; entityTypes: string[]; actors: { id: string; name: string }[] };

/** The values the filter form offers: actions and entity types present in the log, and the agency's members. */
export async function auditFilterOptions(tx: TenantTx, agencyId: string): Promise<AuditFilterOptions> {
  const actions = await tx.auditEvent.groupBy({ by: ["action"], where: { agencyId }, orderBy: { action: "asc" } });
  const entityTypes = await tx.auditEvent.groupBy({
    by: ["entityType"],
    where: { agencyId },
    orderBy: { entityType: "asc" },
  });
  const members = await tx.membership.findMany({
    where: { agencyId },
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true } } },
  });
  return {
    actions: actions.map((r) => r.action),
    entityTypes: entityTypes.map((r) => r.entityType),
    actors: members.map((m) => ({ id: m.user.id, name: m.user.name })),
  };
}
