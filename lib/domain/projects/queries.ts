import type { TenantTx } from "@/lib/db/tenant";
import type { ProjectStatus } from "@/lib/domain/portfolio/types";

/** Reads for the projects pages; agencyId is required and in every where (row-level security checks it again). */

export type ProjectListItem = {
  id: string;
  name: string;
  status: ProjectStatus;
  version: number;
  percentComplete: number;
  budget: string;
  spent: string;
  startDate: Date | null;
  dueDate: Date | null;
  lastStatusAt: Date;
  account: { id: string; name: string; clientName: string };
  pm: { id: string; name: string };
  lastUpdate: { at: Date; authorName: string; note: string | null } | null;
};

const listSelect = {
  id: true,
  name: true,
  status: true,
  version: true,
  percentComplete: true,
  budget: true,
  spent: true,
  startDate: true,
  dueDate: true,
  lastStatusAt: true,
  account: { select: { id: true, name: true, client: { select: { name: true } } } },
  pm: { select: { id: true, user: { select: { name: true } } } },
  updates: {
    orderBy: { version: "desc" },
    take: 1,
    select: { createdAt: true, note: true, author: { select: { user: { select: { name: true } } } } },
  },
} as const;

type ListRow = {
  id: string;
  name: string;
  status: ProjectStatus;
  version: number;
  percentComplete: number;
  budget: { toFixed(digits: number): string };
  spent: { toFixed(digits: number): string };
  startDate: Date | null;
  dueDate: Date | null;
  lastStatusAt: Date;
  account: { id: string; name: string; client: { name: string } };
  pm: { id: string; user: { name: string } };
  updates: { createdAt: Date; note: string | null; author: { user: { name: string } } }[];
};

function toItem(row: ListRow): ProjectListItem {
  const last = row.updates[0];
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    version: row.version,
    percentComplete: row.percentComplete,
    budget: row.budget.toFixed(2),
    spent: row.spent.toFixed(2),
    startDate: row.startDate,
    dueDate: row.dueDate,
    lastStatusAt: row.lastStatusAt,
    account: { id: row.account.id, name: row.account.name, clientName: row.account.client.name },
    pm: { id: row.pm.id, name: row.pm.user.name },
    lastUpdate: last ? { at: last.createdAt, authorName: last.author.user.name, note: last.note } : null,
  };
}

/** Active (not archived) projects of the agency, or of one PM. */
export async function listProjects(
  tx: TenantTx,
  agencyId: string,
  filter: { pmId?: string } = {},
): Promise<ProjectListItem[]> {
  const rows = await tx.project.findMany({
    where: { agencyId, archivedAt: null, ...(filter.pmId ? { pmId: filter.pmId } : {}) },
    select: listSelect,
  });
  return rows.map(toItem);
}

export type ProjectHistoryEntry = {
  id: string;
  version: number;
  at: Date;
  authorName: string;
  fromStatus: ProjectStatus | null;
  toStatus: ProjectStatus;
  percentComplete: number;
  spent: string;
  note: string | null;
};

export type ProjectDetail = ProjectListItem & { history: ProjectHistoryEntry[] };

export const HISTORY_LIMIT = 100;

/** One project with its status history, newest first; null when it is not in this agency (or archived). */
export async function getProject(tx: TenantTx, agencyId: string, projectId: string): Promise<ProjectDetail | null> {
  const row = await tx.project.findFirst({
    where: { agencyId, id: projectId, archivedAt: null },
    select: listSelect,
  });
  if (!row) return null;
  const history = await tx.projectUpdate.findMany({
    where: { agencyId, projectId },
    orderBy: { version: "desc" },
    take: HISTORY_LIMIT,
    select: {
      id: true,
      version: true,
      createdAt: true,
      fromStatus: true,
      toStatus: true,
      percentComplete: true,
      spent: true,
      note: true,
      author: { select: { user: { select: { name: true } } } },
    },
  });
  return {
    ...toItem(row),
    history: history.map((h) => ({
      id: h.id,
      version: h.version,
      at: h.createdAt,
      authorName: h.author.user.name,
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      percentComplete: h.percentComplete,
      spent: h.spent.toFixed(2),
      note: h.note,
    })),
  };
}

/** The agency's currency, for money labels. */
export async function agencyCurrency(tx: TenantTx, agencyId: string): Promise<string> {
  const agency = await tx.agency.findFirst({ where: { id: agencyId }, select: { currency: true } });
  return agency?.currency ?? "USD";
}

export type ProjectManagerOption = { id: string; name: string };

/** Active members holding the PM role: who a project can be given to. */
export async function listProjectManagers(tx: TenantTx, agencyId: string): Promise<ProjectManagerOption[]> {
  const rows = await tx.membership.findMany({
    where: { agencyId, active: true, roles: { has: "PM" } },
    select: { id: true, user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((row) => ({ id: row.id, name: row.user.name }));
}
