import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { axeScan } from "./support/axe";
import { nameOf, pages, SLUG, urlFor } from "./support/every-page";
import { screenshot } from "./support/screenshot";

/**
 * Every page of the app — found from the app folder, so a new page is covered without anyone adding it here — opened
 * as Northwind's leader (pages under /[agency]) or signed out (the rest): axe finds no serious or critical WCAG 2 A/AA
 * violation, and each page is photographed at 1440 and 390 px (tests/e2e/screenshots/page-*.png) for a person to look
 * at (not in `npm test`, which sets E2E_SCREENSHOTS=0). Read-only: changes no data.
 */

/** Opens the page, photographs it and returns its serious and critical violations (all pages run before asserting). */
async function check(page: Page, route: string): Promise<string[]> {
  const url = await urlFor(route);
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(500);
  await page.waitForLoadState("networkidle");
  const { violations } = await axeScan(page).withTags(["wcag2a", "wcag2aa"]).analyze();
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
