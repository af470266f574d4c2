import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Scrolls a card whose chart loads on sight into view and waits for the chart. The card can be replaced while the
 * page hydrates (the scroll then meets a detached node), so the scroll and the wait are retried as a pair.
 */
export async function revealLazyChart(page: Page, cardSelector: string, chart: Locator) {
  await expect(async () => {
    await page.locator(cardSelector).scrollIntoViewIfNeeded({ timeout: 5_000 });
    await expect(chart).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
}
