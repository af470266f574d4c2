import { expect, test } from "@playwright/test";
import pg from "pg";
import { signIn } from "./support/auth";
import { screenshot } from "./support/screenshot";

/**
 * A leader applies a suggested move on an overloaded AM's page (Brightside, the small agency, so the Northwind data
 * other specs assert on is untouched); a second leader whose page still shows the old version gets the conflict.
 */
async function ownerOf(accountName: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT u."name" FROM "Account" a JOIN "Agency" g ON g."id" = a."agencyId"
       JOIN "Membership" m ON m."id" = a."amId" JOIN "User" u ON u."id" = m."userId"
       WHERE g."slug" = 'brightside' AND a."id" = $1`,
      [accountName],
    );
    return rows[0].name as string;
  } finally {
    await client.end();
  }
}

test("a leader applies a rebalancing move; a stale second page gets a conflict", async ({ page, browser }) => {
  await signIn(page, "leader@brightside.example");
  await page.goto("/brightside/portfolio");
  // The overloaded AM's name links to their page.
  const overloaded = page.locator('[data-signal-type="AM_OVERLOADED"] a').first();
  await overloaded.click();
  await expect(page.getByTestId("rebalance-preview")).toBeVisible();
  const amPage = page.url();

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
  await expect(page.getByText(/^Moved to /)).toBeVisible();
  const receiver = label.replace(/^Move .* to /, "");
  expect(await ownerOf(accountHref!.split("/").pop()!)).toBe(receiver);
  await screenshot(page, "rebalance-applied", { widths: [1440] });

  await other.getByRole("button", { name: label }).click();
  await expect(other.getByRole("alert")).toContainText(/changed since you looked/);
  await second.close();
});
