import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { sql } from "./support/database";
import { signIn } from "./support/auth";
import { screenshot } from "./support/screenshot";

/**
 * The drill-down pages end to end on the seeded demo: Northwind's most loaded AM (found in the database, not by name)
 * shows as OVERLOADED with the trend chart; one of their accounts shows its health components and check-ins; ids of
 * another agency, or malformed ones, give the 404 page.
 */

/** Each agency's AM with the highest weighted load (ACTIVE + AT_RISK accounts, complexity-weighted). */
async function mostLoadedAm(slug: string) {
  const [row] = await sql<{ id: string; name: string; weighted: number; accounts: number }>(
    `SELECT m."id", u."name",
            sum(CASE a."complexity" WHEN 'LOW' THEN 0.5 WHEN 'HIGH' THEN 1.5 ELSE 1 END)::float8 AS "weighted",
            (SELECT count(*)::int FROM "Account" b WHERE b."amId" = m."id" AND b."archivedAt" IS NULL) AS "accounts"
     FROM "Membership" m
     JOIN "User" u ON u."id" = m."userId"
     JOIN "Agency" g ON g."id" = m."agencyId"
     JOIN "Account" a ON a."amId" = m."id" AND a."archivedAt" IS NULL AND a."status" IN ('ACTIVE', 'AT_RISK')
     WHERE g."slug" = $1
     GROUP BY m."id", u."name"
     ORDER BY 3 DESC, u."name" LIMIT 1`,
    [slug],
  );
  if (!row) throw new Error(`no AM with accounts in ${slug}`);
  return row;
}

async function checkInCount(accountId: string) {
  const [row] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "CheckIn" WHERE "accountId" = $1`, [
    accountId,
  ]);
  return row?.n ?? 0;
}

/**
 * The not-found page for `path`. `streamed`: the route sits under a segment with a loading.tsx (the portfolio
 * dashboard's), so the response has already started as 200 when the page calls notFound(); Next then renders the
 * not-found page with a noindex robots tag instead of a 404 status. The content is still the 404 page.
 */
async function expectNotFound(page: Page, path: string, { streamed = false } = {}) {
  const response = await page.goto(path);
  if (!streamed) expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
}

test("the overloaded AM's page and one of their accounts, read end to end", async ({ page }) => {
  const am = await mostLoadedAm("northwind");
  expect(am.weighted).toBeGreaterThan(8); // the mid-size guideline's max

  await signIn(page, "leader@northwind.example");
  await page.goto(`/northwind/portfolio/ams/${am.id}`);
  const header = page.getByRole("region", { name: am.name });
  await expect(header.getByRole("heading", { level: 1, name: am.name })).toBeVisible();
  await expect(header.getByTestId("am-status")).toHaveAttribute("data-status", "OVERLOADED");
  await expect(header.getByTestId("am-status")).toHaveText("Overloaded");
  await expect(header.getByTestId("load-statement")).toHaveText(
    new RegExp(
      `^${am.weighted} weighted accounts against a guideline of 6–8 for a mid-size agency — ${am.weighted - 8} over\\.$`,
    ),
  );

  const trend = page.getByTestId("load-trend-chart");
  await expect(trend).toBeVisible();
  await expect(trend.locator(".recharts-line-curve")).toHaveCount(2);
  // The guideline band, drawn per month so it steps where the rule changed (Northwind grew into mid-size).
  await expect(trend.locator(".recharts-area")).toHaveCount(1);
  await expect(page.getByTestId("guideline-history")).toContainText("(mid-size agency, 45 employees)");
  await expect(page.getByText("ownership history is not recorded yet")).toBeVisible();

  const book = page.getByTestId("am-book");
  await expect(book.locator("tbody tr")).toHaveCount(Math.min(10, am.accounts)); // the book pages 10 at a time
  await expect(page.getByRole("heading", { name: "Signals" })).toBeVisible();
  await expect(page.getByTestId("signal-list").getByText("AM overloaded")).toBeVisible();
  await expect(page.getByTestId("rebalance-preview")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "drilldown-am");

  // The first row is the account most in need of attention.
  const first = book.locator("tbody tr").first().getByRole("link");
  const accountName = (await first.innerText()).trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: accountName })).toBeVisible();
  const accountId = page.url().split("/").at(-1) ?? "";
  await expect(page.getByRole("link", { name: am.name }).first()).toHaveAttribute(
    "href",
    `/northwind/portfolio/ams/${am.id}`,
  );

  const health = page.getByTestId("health-panel");
  await expect(health.getByTestId("health-score")).toHaveText(/^\d{1,3}\s*\/ 100$/);
  await expect(health.getByTestId("health-recency")).toBeVisible();
  await expect(health.getByTestId("health-sentiment")).toBeVisible();
  await expect(health.getByRole("columnheader", { name: "Effective" })).toBeVisible();

  const checkIns = page.getByTestId("check-in-timeline").locator(":scope > li");
  await expect(checkIns).toHaveCount(Math.min(10, await checkInCount(accountId))); // the timeline pages 10 at a time
  await expect(checkIns.first()).toContainText(/Sentiment [1-5]\/5/);
  await expect(checkIns.first()).toContainText("logged by");
  await expectAccessible(page);
  await screenshot(page, "drilldown-account");
});

test("another agency's AM and account ids, and malformed ids, give the 404 page", async ({ page }) => {
  const foreignAm = await mostLoadedAm("brightside");
  const [foreignAccount] = await sql<{ id: string }>(
    `SELECT a."id" FROM "Account" a JOIN "Agency" g ON g."id" = a."agencyId" WHERE g."slug" = 'brightside' LIMIT 1`,
  );
  // A member of Northwind who is not an account manager has no AM page either.
  const [pm] = await sql<{ id: string }>(
    `SELECT m."id" FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE u."email" = 'pm@northwind.example'`,
  );
  await signIn(page, "leader@northwind.example");
  await expectNotFound(page, `/northwind/accounts/${foreignAccount?.id}`);
  await expectNotFound(page, "/northwind/accounts/00000000-0000-4000-8000-000000000000");
  await expectNotFound(page, `/northwind/portfolio/ams/${foreignAm.id}`, { streamed: true });
  await expectNotFound(page, "/northwind/accounts/not-a-uuid");
  await expectNotFound(page, "/northwind/portfolio/ams/not-a-uuid", { streamed: true });
  await expectNotFound(page, `/northwind/portfolio/ams/${pm?.id}`, { streamed: true });
});
