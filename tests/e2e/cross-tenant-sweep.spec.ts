import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { signIn } from "./support/auth";

/**
 * Every page under /[agency] and every agency API route, tried by Brightside's leader with Northwind's slug and ids
 * (and with Brightside's slug but Northwind's ids): all must answer 404. Routes are discovered from the app folder,
 * so a new route without an id mapping below fails this test until it is covered.
 */
const ID_SOURCES: Record<string, string> = {
  accountId: `SELECT a."id" FROM "Account" a JOIN "Agency" g ON g."id" = a."agencyId" WHERE g."slug" = $1 LIMIT 1`,
  clientId: `SELECT c."id" FROM "Client" c JOIN "Agency" g ON g."id" = c."agencyId" WHERE g."slug" = $1 LIMIT 1`,
  projectId: `SELECT p."id" FROM "Project" p JOIN "Agency" g ON g."id" = p."agencyId" WHERE g."slug" = $1 LIMIT 1`,
  membershipId: `SELECT m."id" FROM "Membership" m JOIN "Agency" g ON g."id" = m."agencyId"
                 WHERE g."slug" = $1 AND 'AM' = ANY (m."roles") LIMIT 1`,
  // Not an id: the export route's list name ($1 unused but bound, so the query keeps the same shape).
  kind: `SELECT 'accounts' AS "id" WHERE $1::text IS NOT NULL`,
};

function routesUnder(dir: string, file: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      const segment = /^\(.*\)$/.test(entry) ? "" : `/${entry}`; // route groups add no segment
      return routesUnder(full, file, prefix + segment);
    }
    return entry === file ? [prefix || "/"] : [];
  });
}

async function idFor(param: string, slug: string): Promise<string> {
  const sql = ID_SOURCES[param];
  if (!sql) throw new Error(`No cross-tenant id mapping for route parameter [${param}]: add one to this sweep.`);
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, [slug])).rows[0].id as string;
  } finally {
    await client.end();
  }
}

async function urlFor(route: string, slugInUrl: string, idsFrom: string) {
  let url = route;
  for (const [, param] of route.matchAll(/\[([^\]]+)\]/g)) {
    if (param === "agency") continue;
    url = url.replace(`[${param}]`, await idFor(param!, idsFrom));
  }
  return url.replace("[agency]", slugInUrl);
}

const pages = routesUnder(path.resolve("app/(app)"), "page.tsx");
const apis = routesUnder(path.resolve("app/api/agencies"), "route.ts").map((r) => `/api/agencies${r}`);

test("every agency page and API route refuses another agency's slug and ids", async ({ page }) => {
  expect(pages.length).toBeGreaterThanOrEqual(6);
  expect(apis.length).toBeGreaterThanOrEqual(2);
  await signIn(page, "leader@brightside.example");
  for (const route of pages) {
    const foreign = await urlFor(route, "northwind", "northwind");
    expect((await page.goto(foreign))?.status(), foreign).toBe(404);
    if (/\[(?!agency\])/.test(route)) {
      const mixed = await urlFor(route, "brightside", "northwind");
      expect((await page.goto(mixed))?.status(), mixed).toBe(404);
      await expect(page.getByText(/not found|couldn.t find/i).first()).toBeVisible();
    }
  }
  // Refused visits leave a trace: in the probed agency for foreign slugs, in the prober's own for foreign ids.
  const denied = async (slug: string) => {
    const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM "AuditEvent" e JOIN "Agency" g ON g."id" = e."agencyId"
         JOIN "User" u ON u."id" = e."actorId"
         WHERE g."slug" = $1 AND e."action" = 'access.denied' AND u."email" = 'leader@brightside.example'`,
        [slug],
      );
      return rows[0].n as number;
    } finally {
      await client.end();
    }
  };
  // A non-member's probes are bounded (lib/audit/access-denied.ts): one row per prober per window in the probed
  // agency, however many pages were tried, so probing cannot flood another agency's log
  // (an earlier spec's probe may have opened an earlier window).
  const probedRows = await denied("northwind");
  expect(probedRows).toBeGreaterThanOrEqual(1);
  expect(probedRows).toBeLessThanOrEqual(2);
  expect(await denied("brightside")).toBeGreaterThanOrEqual(pages.filter((r) => /\[(?!agency\])/.test(r)).length);
  for (const route of apis) {
    const foreign = await urlFor(route, "northwind", "northwind");
    const response = await page.request.get(`${foreign}?count=1&tier=TIER_1`);
    expect(response.status(), foreign).toBe(404);
    expect(await response.text()).not.toContain("Northwind");
  }
});
