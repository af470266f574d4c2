import { withTenant, type TenantTx } from "@/lib/db/tenant";
import { recordAudits } from "@/lib/audit/record";
import { notifyAssigned } from "./notify-assigned";
import { cadenceFromAgency, isCheckInOverdue } from "@/lib/domain/portfolio/cadence";
import { loadPortfolioSnapshot } from "@/lib/domain/portfolio/load-portfolio";
import type { PortfolioSnapshot } from "@/lib/domain/portfolio/signal-types";
import { detectSignals } from "@/lib/domain/portfolio/signals";
import type { ClientTier } from "@/lib/domain/portfolio/types";
import { effectiveRules } from "./rules";
import { planFollowUpSync, type PlannedFollowUp, type SyncContext } from "./sync-plan";
import { groupBy } from "@/lib/group-by";

/**
 * The `follow-ups:sync` job for one agency: the dashboard's own loader and signal rules (no second copy of a rule),
 * then the pure plan, written in one tenant transaction by the system (actor null). Safe to run twice at once: a
 * create is `ON CONFLICT DO NOTHING` on the partial unique index of open signal follow-ups, and a close only touches
 * rows still OPEN, so the loser of a race writes nothing and audits nothing.
 */
export async function syncFollowUps(
  agencyId: string,
  today = new Date(),
): Promise<{ created: number; closed: number }> {
  const data = await loadPortfolioSnapshot(agencyId, null, today);
  const signals = detectSignals(data.snapshot, today, data.rules);
  const context = syncContextOf(data.snapshot);
  return withTenant(
    agencyId,
    null,
    async (tx) => {
      const stored = await tx.followUpRule.findMany({
        where: { agencyId },
        select: { signalType: true, enabled: true, assignee: true, dueInDays: true },
      });
      const open = await tx.followUp.findMany({
        where: { agencyId, status: "OPEN", signalType: { not: null } },
        select: { id: true, signalType: true, subjectId: true },
      });
      const plan = planFollowUpSync(
        signals,
        effectiveRules(stored),
        open.map((f) => ({ id: f.id, signalType: f.signalType!, subjectId: f.subjectId! })),
        context,
        today,
      );
      const created = await insertAbsent(tx, agencyId, plan.create);
      const closed = await resolveByData(tx, agencyId, plan.close);
      return { created, closed };
    },
    { timeoutMs: 60_000 },
  );
}

export function syncContextOf(snapshot: PortfolioSnapshot): SyncContext {
  const accountAm = new Map(snapshot.accounts.map((a) => [a.id, a.amId]));
  const project = new Map(snapshot.projects.map((p) => [p.id, { pmId: p.pmId, accountId: p.accountId }]));
  const clientAccounts = groupBy(
    snapshot.accounts,
    (a) => a.clientId,
    (a) => ({ accountId: a.id, amId: a.amId, value: a.monthlyValue }),
  );
  for (const list of clientAccounts.values())
    list.sort((x, y) => y.value - x.value || x.accountId.localeCompare(y.accountId));
  return { accountAm, project, clientAccounts };
}

/** One audit event per follow-up the sync wrote; no actor: the data did it. */
function auditBySync(
  tx: TenantTx,
  agencyId: string,
  action: string,
  events: { id: string; before?: unknown; after?: unknown }[],
) {
  return recordAudits(
    tx,
    events.map(({ id, ...sides }) => ({
      agencyId,
      actorId: null,
      action,
      entityType: "FollowUp",
      entityId: id,
      ...sides,
    })),
  );
}

/** Inserts the planned follow-ups in one statement; an occurrence already open (a racing sync) is skipped. */
async function insertAbsent(tx: TenantTx, agencyId: string, items: readonly PlannedFollowUp[]): Promise<number> {
  if (items.length === 0) return 0;
  const rows = await tx.$queryRaw<{ id: string; signalType: string; subjectId: string }[]>`
    INSERT INTO "FollowUp" ("agencyId", "accountId", "assigneeId", "signalType", "subjectKind", "subjectId", "title",
                            "reason", "dueDate", "updatedAt")
    SELECT ${agencyId}::uuid, x."accountId", x."assigneeId", x."signalType", x."subjectKind", x."subjectId", x."title",
           x."reason", x."dueDate", now()
    FROM unnest(${items.map((i) => i.accountId)}::uuid[], ${items.map((i) => i.assigneeId)}::uuid[],
                ${items.map((i) => i.signalType)}::text[], ${items.map((i) => i.subjectKind)}::text[],
                ${items.map((i) => i.subjectId)}::text[], ${items.map((i) => i.title)}::text[],
                ${items.map((i) => i.reason)}::text[], ${items.map((i) => i.dueDate.toISOString().slice(0, 10))}::date[])
      AS x("accountId", "assigneeId", "signalType", "subjectKind", "subjectId", "title", "reason", "dueDate")
    ON CONFLICT ("agencyId", "signalType", "subjectId") WHERE "status" = 'OPEN' AND "signalType" IS NOT NULL
    DO NOTHING
    RETURNING "id", "signalType", "subjectId"`;
  const byKey = new Map(items.map((i) => [`${i.signalType}/${i.subjectId}`, i]));
  // Audited only for the rows this run really inserted: the loser of a race audits nothing.
  await auditBySync(
    tx,
    agencyId,
    "followUp.created",
    rows.map((row) => ({
      id: row.id,
      after: { ...byKey.get(`${row.signalType}/${row.subjectId}`), source: "signal" },
    })),
  );
  await notifyAssigned(
    tx,
    agencyId,
    rows.map((row) => ({ ...byKey.get(`${row.signalType}/${row.subjectId}`)!, id: row.id })),
  );
  return rows.length;
}

/** Closes the given follow-ups that are still open as "resolved by data" and audits each; returns how many. */
export async function resolveByData(tx: TenantTx, agencyId: string, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await tx.$queryRaw<{ id: string; signalType: string; subjectId: string }[]>`
    UPDATE "FollowUp" SET "status" = 'RESOLVED_BY_DATA', "closedAt" = now(), "updatedAt" = now(),
                          "outcome" = 'Resolved by data: the signal cleared.'
    WHERE "agencyId" = ${agencyId}::uuid AND "status" = 'OPEN' AND "id" = ANY (${[...ids]}::uuid[])
    RETURNING "id", "signalType", "subjectId"`;
  await auditBySync(
    tx,
    agencyId,
    "followUp.resolvedByData",
    rows.map(({ id, signalType, subjectId }) => ({
      id,
      before: { status: "OPEN" },
      after: { status: "RESOLVED_BY_DATA", signalType, subjectId },
    })),
  );
  return rows.length;
}

/**
 * Right after a check-in is logged (in its transaction): if the account is no longer overdue by the same rule the
 * signal uses, its open CHECK_IN_OVERDUE follow-up closes as "resolved by data" at once, without waiting for the
 * next sync. The newest check-in comes from the trigger-kept rollup, so a back-dated check-in does not count twice.
 */
export async function resolveCheckInFollowUp(tx: TenantTx, agencyId: string, accountId: string, today = new Date()) {
  const [row] = await tx.$queryRaw<
    { tier: ClientTier; lastCheckInAt: Date | null; t1: number; t2: number; t3: number; followUpId: string | null }[]
  >`
    SELECT c."tier"::text AS "tier", r."lastCheckInAt", ag."cadenceTier1Days" AS "t1", ag."cadenceTier2Days" AS "t2",
           ag."cadenceTier3Days" AS "t3", f."id" AS "followUpId"
    FROM "Account" a
    JOIN "Client" c ON c."agencyId" = a."agencyId" AND c."id" = a."clientId"
    JOIN "Agency" ag ON ag."id" = a."agencyId"
    LEFT JOIN "AccountRollup" r ON r."agencyId" = a."agencyId" AND r."accountId" = a."id"
    LEFT JOIN "FollowUp" f ON f."agencyId" = a."agencyId" AND f."status" = 'OPEN'
         AND f."signalType" = 'CHECK_IN_OVERDUE' AND f."subjectId" = a."id"::text
    WHERE a."agencyId" = ${agencyId}::uuid AND a."id" = ${accountId}::uuid`;
  if (!row?.followUpId) return 0;
  const cadence = cadenceFromAgency({ cadenceTier1Days: row.t1, cadenceTier2Days: row.t2, cadenceTier3Days: row.t3 });
  if (isCheckInOverdue(row.lastCheckInAt, row.tier, today, cadence)) return 0;
  return resolveByData(tx, agencyId, [row.followUpId]);
}
