/**
 * What scripts/bench/pages.ts requests for one tenant: every signed-in page (list pages on their first page), with
 * real ids for the drill-downs read from the database, and the two writes it times.
 */
import type pg from "pg";
import { queryOnce, withPgClient } from "../support/postgres";

export type Tenant = {
  slug: string;
  agencyId: string;
  leaderEmail: string;
  /** route label ("/[agency]/accounts/[id]") → concrete path */
  pages: { route: string; path: string }[];
  write: { accountId: string; projectId: string };
};

async function one<T extends pg.QueryResultRow>(client: pg.Client, sql: string, params: unknown[]): Promise<T | null> {
  return (await client.query<T>(sql, params)).rows[0] ?? null;
}

/** The tenant's leader and sample ids: its busiest AM, one of that AM's accounts, a client, a project. */
export function tenantTargets(databaseUrl: string, slug: string): Promise<Tenant | null> {
  return withPgClient(databaseUrl, async (client) => {
    const agency = await one<{ id: string }>(client, `SELECT id FROM "Agency" WHERE slug = $1`, [slug]);
    if (!agency) return null;
    const leader = await one<{ email: string }>(
      client,
      `SELECT u.email FROM "Membership" m JOIN "User" u ON u.id = m."userId"
     WHERE m."agencyId" = $1 AND 'LEADER' = ANY(m.roles) AND m.active ORDER BY u.email LIMIT 1`,
      [agency.id],
    );
    const am = await one<{ id: string; accountId: string; clientId: string }>(
      client,
      `SELECT a."amId" AS id, min(a.id::text) AS "accountId", min(a."clientId"::text) AS "clientId"
     FROM "Account" a WHERE a."agencyId" = $1 AND a."archivedAt" IS NULL
     GROUP BY a."amId" ORDER BY count(*) DESC, a."amId" LIMIT 1`,
      [agency.id],
    );
    // The account with the most check-ins: the longest timeline.
    const busiest = await one<{ id: string; clientId: string }>(
      client,
      `SELECT a.id, a."clientId" FROM "Account" a
     JOIN LATERAL (SELECT count(*) AS n FROM "CheckIn" c WHERE c."agencyId" = $1 AND c."accountId" = a.id) n ON true
     WHERE a."agencyId" = $1 AND a."archivedAt" IS NULL ORDER BY n.n DESC, a.id LIMIT 1`,
      [agency.id],
    );
    const project = await one<{ id: string }>(
      client,
      `SELECT id FROM "Project" WHERE "agencyId" = $1 AND "archivedAt" IS NULL ORDER BY id LIMIT 1`,
      [agency.id],
    );
    if (!leader || !am || !busiest || !project) return null;
    const base = `/${slug}`;
    const pages = [
      ["/[agency]", ""],
      ["/[agency]/portfolio", "/portfolio"],
      ["/[agency]/portfolio/attention", "/portfolio/attention"],
      ["/[agency]/portfolio/signals", "/portfolio/signals?type=CHECK_IN_OVERDUE"],
      ["/[agency]/portfolio/ams", "/portfolio/ams"],
      ["/[agency]/portfolio/ams/[id]", `/portfolio/ams/${am.id}`],
      ["/[agency]/me", "/me"],
      ["/[agency]/projects", "/projects"],
      ["/[agency]/projects/[id]", `/projects/${project.id}`],
      ["/[agency]/accounts", "/accounts"],
      ["/[agency]/accounts/[id]", `/accounts/${busiest.id}`],
      ["/[agency]/accounts/[id]/edit", `/accounts/${busiest.id}/edit`],
      ["/[agency]/accounts/[id]/scope-requests", `/accounts/${busiest.id}/scope-requests`],
      ["/[agency]/accounts/[id]/value-history", `/accounts/${busiest.id}/value-history`],
      ["/[agency]/clients", "/clients"],
      ["/[agency]/clients/[id]", `/clients/${busiest.clientId}`],
      ["/[agency]/members", "/members"],
      ["/[agency]/members/invitations", "/members/invitations"],
      ["/[agency]/audit", "/audit"],
      ["/[agency]/import", "/import"],
      ["/[agency]/settings", "/settings"],
      ["/[agency]/people", "/people"],
      ["/[agency]/people/[id]", `/people/${am.id}`],
      ["/[agency]/people/[id]/handover", `/people/${am.id}/handover`],
      ["/[agency]/people/ladder", "/people/ladder"],
      ["/[agency]/follow-ups", "/follow-ups"],
      ["/[agency]/follow-ups/team", "/follow-ups/team"],
      ["/[agency]/inbox", "/inbox"],
      ["/[agency]/notifications", "/notifications"],
      ["/[agency]/account", "/account"],
    ].map(([route, path]) => ({ route: route!, path: `${base}${path}` }));
    return {
      slug,
      agencyId: agency.id,
      leaderEmail: leader.email,
      pages,
      write: { accountId: busiest.id, projectId: project.id },
    };
  });
}

/** The project's current version: a status update must name it (optimistic concurrency). */
export async function projectVersion(databaseUrl: string, projectId: string): Promise<number> {
  const rows = (
    await queryOnce<{ version: number }>(databaseUrl, `SELECT version FROM "Project" WHERE id = $1`, [projectId])
  ).rows;
  return rows[0]?.version ?? 1;
}

export const median = (values: number[]) => percentile(values, 0.5);

/** The value below which `share` of the values lie (nearest rank). */
export function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN;
}
