import { expect, test } from "@playwright/test";
import { sql } from "./support/database";
import { signIn } from "./support/auth";
import { screenshot } from "./support/screenshot";

/**
 * A leader applies a suggested move on an overloaded AM's page (Brightside, the small agency, so the Northwind data
 * other specs assert on is untouched); a second leader whose page still shows the old version gets the conflict.
 */
const ownerOf = async (accountId: string) =>
  (
    await sql(
      `SELECT u."name" FROM "Account" a JOIN "Membership" m ON m."id" = a."amId" JOIN "User" u ON u."id" = m."userId"
       WHERE a."id" = $1`,
      [accountId],
    )
  )[0].name as string;

/** Brightside's AM with the most weighted load: the seed makes them overloaded (8 against 4–6). */
const mostLoadedAm = async () =>
  (
    await sql(
      `SELECT m."id" FROM "Membership" m JOIN "Agency" g ON g."id" = m."agencyId"
       JOIN "Account" a ON a."amId" = m."id" AND a."archivedAt" IS NULL AND a."status" IN ('ACTIVE', 'AT_RISK')
       WHERE g."slug" = 'brightside'
       GROUP BY m."id"
       ORDER BY sum(CASE a."complexity" WHEN 'LOW' THEN 0.5 WHEN 'HIGH' THEN 1.5 ELSE 1 END) DESC LIMIT 1`,
    )
  )[0].id as string;

test("a leader applies a rebalancing move; a stale second page gets a conflict", async ({ page, browser }) => {
  await signIn(page, "leader@brightside.example");
  const amPage = `/brightside/portfolio/ams/${await mostLoadedAm()}`;
  await page.goto(amPage);
  await expect(page.getByTestId("rebalance-preview")).toBeVisible();

  const second = await browser.newContext();
  const other = await second.newPage();
  await signIn(other, "leader@demo.example");
  await other.goto(amPage);

  const firstMove = page
    .getByTestId("rebalance-preview")
    .getByRole("button", { name: /^Move / })
    .first();
  const label = (await firstMove.getAttribute("aria-label"))!;
  const accountHref = await page
    .getByTestId("rebalance-preview")
    .locator("tbody tr")
    .first()
    .locator("a")
    .first()
    .getAttribute("href");
  await firstMove.click();
  // The confirmation outlives the re-rendered suggestions, where the moved account's row is gone.
  await expect(page.getByRole("status").filter({ hasText: `${label.replace(/^Move/, "Moved")}.` })).toBeVisible();
  await expect(page.getByRole("button", { name: label })).toHaveCount(0);
  const receiver = label.replace(/^Move .* to /, "");
  expect(await ownerOf(accountHref!.split("/").pop()!)).toBe(receiver);
  await screenshot(page, "rebalance-applied", { widths: [1440] });

  await other.getByRole("button", { name: label }).click();
  await expect(other.getByTestId("rebalance-preview").getByRole("alert")).toContainText(/changed since you looked/);
  await second.close();
});
