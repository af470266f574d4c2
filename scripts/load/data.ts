/**
 * What the load run needs from the database: the people who drive it (leaders, AMs with accounts, PMs with projects,
 * spread over the tenants), every tenant's ids for the cross-tenant check, and afterwards the count of each write the
 * run submitted.
 */
import type pg from "pg";
import { queryOnce } from "../support/postgres";

export type Role = "leader" | "am" | "pm";

export type Person = {
  role: Role;
  email: string;
  slug: string;
  agencyId: string;
  /** Accounts the person opens (an AM's own; a leader's sample of the agency's). */
  accounts: string[];
  /** Projects a PM manages, with the version each update must name. */
  projects: { id: string; version: number }[];
};

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await queryOnce<T>(url, sql, params)).rows;
}

/** `count` people, the given share of each role, round-robin over the tenants; no person twice. */
export async function pickPeople(url: string, count: number, slugs: string[]): Promise<Person[]> {
  const leaders = await query<{ email: string; slug: string; agencyId: string; accounts: string[] }>(
    url,
    `SELECT u.email, g.slug, g.id AS "agencyId",
            (SELECT array_agg(a.id) FROM (SELECT id FROM "Account" WHERE "agencyId" = g.id AND "archivedAt" IS NULL
              ORDER BY id LIMIT 40) a) AS accounts
     FROM "Membership" m JOIN "User" u ON u.id = m."userId" JOIN "Agency" g ON g.id = m."agencyId"
     WHERE g.slug = ANY($1) AND 'LEADER' = ANY(m.roles) AND m.active ORDER BY g.slug, u.email`,
    [slugs],
  );
  const ams = await query<{ email: string; slug: string; agencyId: string; accounts: string[] }>(
    url,
    `SELECT u.email, g.slug, g.id AS "agencyId", array_agg(a.id ORDER BY a.id) AS accounts
     FROM "Membership" m JOIN "User" u ON u.id = m."userId" JOIN "Agency" g ON g.id = m."agencyId"
     JOIN "Account" a ON a."agencyId" = g.id AND a."amId" = m.id AND a."archivedAt" IS NULL
     WHERE g.slug = ANY($1) AND 'AM' = ANY(m.roles) AND NOT 'LEADER' = ANY(m.roles) AND m.active
     GROUP BY u.email, g.slug, g.id ORDER BY g.slug, u.email`,
    [slugs],
  );
  const pms = await query<{
    email: string;
    slug: string;
    agencyId: string;
    projects: { id: string; version: number }[];
  }>(
    url,
    `SELECT u.email, g.slug, g.id AS "agencyId",
            json_agg(json_build_object('id', p.id, 'version', p.version) ORDER BY p.id) AS projects
     FROM "Membership" m JOIN "User" u ON u.id = m."userId" JOIN "Agency" g ON g.id = m."agencyId"
     JOIN "Project" p ON p."agencyId" = g.id AND p."pmId" = m.id AND p."archivedAt" IS NULL
     WHERE g.slug = ANY($1) AND 'PM' = ANY(m.roles) AND NOT 'LEADER' = ANY(m.roles) AND m.active
     GROUP BY u.email, g.slug, g.id ORDER BY g.slug, u.email`,
    [slugs],
  );
  const pools: Record<Role, Person[]> = {
    leader: leaders.map((r) => ({ role: "leader", ...r, accounts: r.accounts ?? [], projects: [] })),
    am: ams.map((r) => ({ role: "am", ...r, projects: [] })),
    pm: pms.map((r) => ({ role: "pm", ...r, accounts: [] })),
  };
  // Leaders read the heaviest pages (the dashboard), so they are a fifth of the sessions; AMs and PMs share the rest.
  const shares: [Role, number][] = [
    ["leader", Math.max(1, Math.round(count * 0.2))],
    ["am", Math.round(count * 0.4)],
  ];
  shares.push(["pm", count - shares[0]![1] - shares[1]![1]]);
  const out: Person[] = [];
  for (const [role, wanted] of shares) {
    const bySlug = new Map(slugs.map((slug) => [slug, pools[role].filter((p) => p.slug === slug)]));
    for (let round = 0; out.filter((p) => p.role === role).length < wanted; round++) {
      let added = false;
      for (const slug of slugs) {
        const person = bySlug.get(slug)?.[round];
        if (person && out.filter((p) => p.role === role).length < wanted) {
          out.push(person);
          added = true;
        }
      }
      if (added) continue;
      // Leaders only read, so with more sessions than leaders (--saturate's 200) a leader may hold two sessions; AMs
      // and PMs write, and two sessions of one PM would refuse each other's project versions as conflicts.
      const have = out.filter((p) => p.role === role);
      if (role !== "leader" || have.length === 0)
        throw new Error(`not enough ${role}s with data for ${wanted} sessions`);
      out.push(...have.slice(0, wanted - have.length).map((p) => ({ ...p })));
    }
  }
  return out;
}

/** Every row id of the tenant tables a page may show, mapped to its agency: a foreign id in a response is a leak. */
export async function tenantIdMap(url: string): Promise<{ ids: Map<string, string>; slugs: Map<string, string> }> {
  const tables = ["Membership", "Client", "Contact", "Account", "Project", "Kpi", "GrowthPlan", "Opportunity"];
  const ids = new Map<string, string>();
  const slugs = new Map<string, string>();
  for (const row of await query<{ id: string; slug: string }>(url, `SELECT id, slug FROM "Agency"`)) {
    ids.set(row.id, row.id);
    slugs.set(row.slug, row.id);
  }
  for (const table of tables) {
    for (const row of await query<{ id: string; agencyId: string }>(url, `SELECT id, "agencyId" FROM "${table}"`)) {
      ids.set(row.id, row.agencyId);
    }
  }
  return { ids, slugs };
}

/** How many rows carry each marker (check-in summaries and project-update notes start with the run's prefix). */
export async function writtenMarkers(url: string, prefix: string): Promise<Map<string, number>> {
  const rows = await query<{ marker: string; n: number }>(
    url,
    `SELECT marker, count(*)::int AS n FROM (
       SELECT summary AS marker FROM "CheckIn" WHERE summary LIKE $1
       UNION ALL SELECT note FROM "ProjectUpdate" WHERE note LIKE $1) w
     GROUP BY marker`,
    [`${prefix}%`],
  );
  return new Map(rows.map((r) => [r.marker, r.n]));
}

export type WriteAudit = {
  acknowledged: number;
  lost: string[];
  duplicated: string[];
  unacknowledgedButStored: number;
};

/** Every acknowledged write must be stored exactly once; no submitted write twice. */
export function auditWrites(
  acknowledged: Set<string>,
  submitted: Set<string>,
  stored: Map<string, number>,
): WriteAudit {
  const lost = [...acknowledged].filter((m) => (stored.get(m) ?? 0) === 0);
  const duplicated = [...stored].filter(([, n]) => n > 1).map(([m]) => m);
  const strays = [...stored.keys()].filter((m) => !submitted.has(m));
  if (strays.length > 0) duplicated.push(...strays.map((m) => `${m} (never submitted)`));
  const unacknowledgedButStored = [...stored.keys()].filter((m) => submitted.has(m) && !acknowledged.has(m)).length;
  return { acknowledged: acknowledged.size, lost, duplicated, unacknowledgedButStored };
}
