import { expect, test } from "@playwright/test";
import { screenshot } from "./support/screenshot";

test("the home page lists the demo agencies and their account managers from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Demo agencies" })).toBeVisible();
  for (const name of ["Brightside Studio", "Northwind Creative", "Meridian Collective"]) {
    await expect(page.getByRole("heading", { name })).toBeVisible();
  }
  // The small agency's overloaded AM carries more than the guideline's 6 accounts (seeded data, read end to end).
  const brightside = page.getByTestId("agency-brightside");
  const counts = await brightside.locator("tbody td.font-mono").allInnerTexts();
  expect(counts.length).toBe(2);
  expect(Math.max(...counts.map(Number))).toBeGreaterThan(6);
  await screenshot(page, "home", { widths: [1440, 390] });
});

test("the health endpoint reports the database as up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" }); // anonymous callers learn up or down, nothing more
});
