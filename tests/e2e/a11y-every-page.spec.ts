import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { signIn } from "./support/auth";
import { screenshot } from "./support/screenshot";

/**
 * Every page of the app — found from the app folder, so a new page is covered without anyone adding it here — opened
 * as Northwind's leader (pages under /[agency]) or signed out (the rest): axe finds no serious or critical WCAG 2 A/AA
 * violation, and each page is photographed at 1440 and 390 px (tests/e2e/screenshots/page-*.png) for a person to look
 * at (not in `npm test`, which sets E2E_SCREENSHOTS=0). A new route parameter needs a row source below; the test fails until it has one. Read-only: changes no data.
 */
const SLUG = "northwind";
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

async function urlFor(route: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    let url = route.replace("[agency]", SLUG);
    for (const [, param] of route.matchAll(/\[([^\]]+)\]/g)) {
      if (param === "agency") continue;
      const sql = ID_SOURCES[param!];
      if (!sql) throw new Error(`No row source for route parameter [${param}]: add one to a11y-every-page.spec.ts.`);
      url = url.replace(`[${param}]`, (await client.query(sql, [SLUG])).rows[0].id as string);
    }
    return url;
  } finally {
    await client.end();
  }
}

const pages = routesUnder(path.resolve("app")).sort();
const nameOf = (route: string) =>
  route === "/"
    ? "home"
    : route
        .replace(/^\//, "")
        .replace(/[[\]()]/g, "")
        .replace(/\//g, "-");

/** Opens the page, photographs it and returns its serious and critical violations (all pages run before asserting). */
async function check(page: Page, route: string): Promise<string[]> {
  const url = await urlFor(route);
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(500);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  await screenshot(page, `page-${nameOf(route)}`);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("every page: no serious or critical axe violations, screenshots at 1440 and 390 px", async ({ page }) => {
  // A budget per page, not one for the sweep: it grows with the app, and runs beside a second browser-test shard.
  test.setTimeout(pages.length * 15_000);
  expect(pages.length).toBeGreaterThanOrEqual(12);
  const found: string[] = [];
  // Signed out first (sign-in, sign-up, the invitation page, the demo directory), then as the agency's leader.
  for (const route of pages.filter((r) => !r.includes("[agency]"))) found.push(...(await check(page, route)));
  await signIn(page, `leader@${SLUG}.example`);
  for (const route of pages.filter((r) => r.includes("[agency]"))) found.push(...(await check(page, route)));
  expect(found).toEqual([]);
});
