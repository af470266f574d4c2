import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * Every page of the app, found from the app folder, so a new page is covered by the sweeps that use this
 * (a11y-every-page.spec.ts, before-hydration.spec.ts) without anyone adding it there. A new route parameter needs a
 * row source below; the sweeps fail until it has one.
 */
export const SLUG = "northwind";
const ID_SOURCES: Record<string, string> = {
  accountId: `SELECT a."id" FROM "Account" a JOIN "Agency" g ON g."id" = a."agencyId"
              WHERE g."slug" = $1 AND a."archivedAt" IS NULL ORDER BY a."monthlyValue" DESC LIMIT 1`,
  clientId: `SELECT c."id" FROM "Client" c JOIN "Agency" g ON g."id" = c."agencyId"
             WHERE g."slug" = $1 AND c."archivedAt" IS NULL ORDER BY c."name" LIMIT 1`,
  projectId: `SELECT p."id" FROM "Project" p JOIN "Agency" g ON g."id" = p."agencyId"
              WHERE g."slug" = $1 AND p."archivedAt" IS NULL ORDER BY p."name" LIMIT 1`,
  membershipId: `SELECT m."id" FROM "Membership" m JOIN "Agency" g ON g."id" = m."agencyId"
                 WHERE g."slug" = $1 AND 'AM' = ANY (m."roles") ORDER BY m."id" LIMIT 1`,
  // The stored value is a hash, so no real token can be read back: this shows the "link cannot be used" page.
  token: `SELECT g."id" || '.not-a-real-invitation-secret' AS id FROM "Agency" g WHERE g."slug" = $1`,
};

function routesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (entry === "api") return [];
      const segment = /^\(.*\)$/.test(entry) ? "" : `/${entry}`; // route groups add no segment
      return routesUnder(full, prefix + segment);
    }
    return entry === "page.tsx" ? [prefix || "/"] : [];
  });
}

export async function urlFor(route: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    let url = route.replace("[agency]", SLUG);
    for (const [, param] of route.matchAll(/\[([^\]]+)\]/g)) {
      if (param === "agency") continue;
      const sql = ID_SOURCES[param!];
      if (!sql)
        throw new Error(`No row source for route parameter [${param}]: add one to tests/e2e/support/every-page.ts.`);
      url = url.replace(`[${param}]`, (await client.query(sql, [SLUG])).rows[0].id as string);
    }
    return url;
  } finally {
    await client.end();
  }
}

export const pages = routesUnder(path.resolve("app")).sort();
export const nameOf = (route: string) =>
  route === "/"
    ? "home"
    : route
        .replace(/^\//, "")
        .replace(/[[\]()]/g, "")
        .replace(/\//g, "-");
