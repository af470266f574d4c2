import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError, forbidden, notFound } from "@/lib/actions/result";
import { can } from "@/lib/auth/permissions";
import type { TenantTx } from "@/lib/db/tenant";
import type { Ctx } from "@/lib/domain/action-context";
import { conflictRefusal } from "@/lib/domain/audit/last-change";
import { mayWriteProject } from "./access";
import { PROJECT_STATUS_COLUMNS } from "./queries";
import type { ProjectStatusValue } from "./schemas";

/**
 * Project writes. Every change is guarded twice:
 * - Permission: leaders ("projects:write") may change any project; PMs ("projects:write:own") only the projects they
 *   manage (pmId = their membership). The action wrapper admits either permission ("any or own"), so the "own" check is made here, on the
 *   loaded row; a refusal is thrown as `forbidden` and audited by the wrapper.
 * - Optimistic concurrency, as in apply-move: the write names the version it was based on, and the UPDATE matches
 *   (agencyId, id, version = expected). Concurrent writers on one row queue on its lock; once the winner commits the
 *   others re-check the WHERE, match nothing, and get `conflict` with who changed it, when, and the current values.
 *   A successful status update writes exactly one ProjectUpdate (version = the new version) and one audit event.
 */

const projectColumns = { id: true, name: true, pmId: true, version: true, ...PROJECT_STATUS_COLUMNS } as const;

async function loadProject(tx: TenantTx, agencyId: string, projectId: string) {
  return tx.project.findFirst({ where: { agencyId, id: projectId, archivedAt: null }, select: projectColumns });
}

export type ProjectConflict = {
  status: ProjectStatusValue;
  percentComplete: number;
  spent: string;
  budget: string;
  version: number;
  note: string | null;
  changedBy: string | null;
  changedAt: string | null;
};

/** The refusal for a stale version: who changed the project last and when (newest of its updates and audit trail). */
async function conflictError(tx: TenantTx, agencyId: string, projectId: string): Promise<ActionError> {
  const project = await tx.project.findFirst({ where: { agencyId, id: projectId }, select: projectColumns });
  if (!project) return notFound("That project");
  const update = await tx.projectUpdate.findFirst({
    where: { agencyId, projectId },
    orderBy: { version: "desc" },
    select: { createdAt: true, note: true, author: { select: { user: { select: { name: true } } } } },
  });
  const event = await tx.auditEvent.findFirst({
    where: { agencyId, entityType: "Project", entityId: projectId },
    orderBy: { id: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  const last =
    event && (!update || event.createdAt >= update.createdAt)
      ? { name: event.actor?.name ?? null, at: event.createdAt }
      : update
        ? { name: update.author.user.name, at: update.createdAt }
        : null;
  const current: Omit<ProjectConflict, "changedBy" | "changedAt"> = {
    status: project.status,
    percentComplete: project.percentComplete,
    spent: project.spent.toFixed(2),
    budget: project.budget.toFixed(2),
    version: project.version,
    note: update?.note ?? null,
  };
  return conflictRefusal(
    { changedBy: last?.name ?? null, changedAt: last?.at.toISOString() ?? null, at: last?.at ?? null },
    current,
  );
}

type StatusChange = {
  projectId: string;
  expectedVersion: number;
  status: ProjectStatusValue;
  note: string | null;
  percentComplete?: number;
  spent?: string;
};

/** One status change: permission, version check, conditional UPDATE, history row, audit. Throws ActionError. */
async function applyStatusChange({ member, tx, audit }: Omit<ActionContext<unknown>, "input">, change: StatusChange) {
  const { agencyId } = member;
  const project = await loadProject(tx, agencyId, change.projectId);
  if (!project) throw notFound("That project");
  if (!mayWriteProject(member, project.pmId)) throw forbidden("You can only update projects you manage.");
  if (project.version !== change.expectedVersion) throw await conflictError(tx, agencyId, project.id);

  const now = new Date();
  const percentComplete = change.percentComplete ?? project.percentComplete;
  const spent = change.spent ?? project.spent.toFixed(2);
  const updated = await tx.project.updateMany({
    where: { agencyId, id: project.id, version: change.expectedVersion, archivedAt: null },
    data: { status: change.status, percentComplete, spent, lastStatusAt: now, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw await conflictError(tx, agencyId, project.id);

  const version = change.expectedVersion + 1;
  await tx.projectUpdate.create({
    data: {
      agencyId,
      projectId: project.id,
      authorId: member.membershipId,
      fromStatus: project.status,
      toStatus: change.status,
      percentComplete,
      spent,
      note: change.note,
      version,
      createdAt: now,
    },
  });
  await audit({
    action: "project.status_updated",
    entityType: "Project",
    entityId: project.id,
    before: {
      status: project.status,
      percentComplete: project.percentComplete,
      spent: project.spent.toFixed(2),
      version: project.version,
    },
    after: { status: change.status, percentComplete, spent, note: change.note, version },
  });
  return { projectId: project.id, version, status: change.status, percentComplete, spent, lastStatusAt: now };
}

export async function updateProjectStatus(ctx: Ctx<"updateStatusSchema">) {
  return applyStatusChange(ctx, ctx.input);
}

export type BulkItemResult =
  | { projectId: string; ok: true; version: number }
  | { projectId: string; ok: false; code: "conflict" | "not_found" | "forbidden"; message: string; current?: unknown };

/**
 * The same status (and note) on several projects. Each item stands alone: its version check and conditional UPDATE
 * either apply fully (project row, history row, audit) or write nothing, so a stale or foreign item does not stop the
 * others. Refused items are audited as access.denied.
 */
export async function bulkUpdateProjectStatus(ctx: Ctx<"bulkUpdateStatusSchema">) {
  const results: BulkItemResult[] = [];
  const seen = new Set<string>();
  for (const item of ctx.input.items) {
    if (seen.has(item.projectId)) continue;
    seen.add(item.projectId);
    try {
      const done = await applyStatusChange(ctx, { ...item, status: ctx.input.status, note: ctx.input.note });
      results.push({ projectId: item.projectId, ok: true, version: done.version });
    } catch (error) {
      if (!(error instanceof ActionError) || !["conflict", "not_found", "forbidden"].includes(error.code)) throw error;
      const code = error.code as "conflict" | "not_found" | "forbidden";
      if (code !== "conflict") {
        await ctx.audit({
          action: "access.denied",
          entityType: "Action",
          entityId: "projects.bulkUpdateStatus",
          after: { code, projectId: item.projectId },
        });
      }
      results.push({ projectId: item.projectId, ok: false, code, message: error.message, current: error.current });
    }
  }
  return { updated: results.filter((r) => r.ok).length, results };
}

async function assertProjectManager(tx: TenantTx, agencyId: string, pmId: string) {
  const pm = await tx.membership.findFirst({
    where: { agencyId, id: pmId, active: true },
    select: { id: true, roles: true },
  });
  if (!pm || !pm.roles.includes("PM")) {
    throw new ActionError("invalid", "Choose an active project manager.", { pmId: ["Not an active PM."] });
  }
}

/** A new project is version 1 and has no ProjectUpdate yet (the seed's convention). */
export async function createProject({ input, member, tx, audit }: Ctx<"createProjectSchema">) {
  const { agencyId } = member;
  const account = await tx.account.findFirst({
    where: { agencyId, id: input.accountId, archivedAt: null },
    select: { id: true },
  });
  if (!account) throw notFound("That account");
  await assertProjectManager(tx, agencyId, input.pmId);
  const project = await tx.project.create({
    data: {
      agencyId,
      accountId: account.id,
      pmId: input.pmId,
      name: input.name,
      startDate: input.startDate ? new Date(input.startDate) : null,
      dueDate: input.dueDate ? new Date(input.dueDate) : null,
      budget: input.budget,
    },
    select: { id: true, name: true, version: true },
  });
  await audit({ action: "project.created", entityType: "Project", entityId: project.id, after: input });
  return { projectId: project.id, version: project.version };
}

/** Name, dates, budget (and, for leaders, the PM). Bumps the version so a concurrent edit or update conflicts. */
export async function editProject({ input, member, tx, audit }: Ctx<"editProjectSchema">) {
  const { agencyId } = member;
  const before = await tx.project.findFirst({
    where: { agencyId, id: input.projectId, archivedAt: null },
    select: { id: true, pmId: true, name: true, startDate: true, dueDate: true, budget: true, version: true },
  });
  if (!before) throw notFound("That project");
  if (!mayWriteProject(member, before.pmId)) throw forbidden("You can only edit projects you manage.");
  const pmId = input.pmId ?? before.pmId;
  if (pmId !== before.pmId) {
    if (!can(member.roles, "projects:write")) throw forbidden("Only a leader can hand a project to another PM.");
    await assertProjectManager(tx, agencyId, pmId);
  }
  if (before.version !== input.expectedVersion) throw await conflictError(tx, agencyId, before.id);
  const data = {
    name: input.name,
    startDate: input.startDate ? new Date(input.startDate) : null,
    dueDate: input.dueDate ? new Date(input.dueDate) : null,
    budget: input.budget,
    pmId,
  };
  const updated = await tx.project.updateMany({
    where: { agencyId, id: before.id, version: input.expectedVersion, archivedAt: null },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw await conflictError(tx, agencyId, before.id);
  await audit({
    action: "project.edited",
    entityType: "Project",
    entityId: before.id,
    before: { ...before, budget: before.budget.toFixed(2) },
    after: { ...data, version: input.expectedVersion + 1 },
  });
  return { projectId: before.id, version: input.expectedVersion + 1 };
}

export async function archiveProject({ input, member, tx, audit }: Ctx<"archiveProjectSchema">) {
  const { agencyId } = member;
  const project = await loadProject(tx, agencyId, input.projectId);
  if (!project) throw notFound("That project");
  if (project.version !== input.expectedVersion) throw await conflictError(tx, agencyId, project.id);
  const archived = await tx.project.updateMany({
    where: { agencyId, id: project.id, version: input.expectedVersion, archivedAt: null },
    data: { archivedAt: new Date(), version: { increment: 1 } },
  });
  if (archived.count !== 1) throw await conflictError(tx, agencyId, project.id);
  await audit({
    action: "project.archived",
    entityType: "Project",
    entityId: project.id,
    before: { name: project.name, status: project.status, version: project.version },
  });
  return { projectId: project.id, version: input.expectedVersion + 1 };
}
