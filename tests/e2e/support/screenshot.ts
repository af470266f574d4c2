import type { Page } from "@playwright/test";

/**
 * Full-page screenshots at each width into tests/e2e/screenshots/, for a person to look at. `npm test` sets
 * E2E_SCREENSHOTS=0: nobody looks at a CI clone's files, and the photographs cost a fifth of the every-page sweep.
 */
export async function screenshot(page: Page, name: string, { widths = [1440, 390] }: { widths?: number[] } = {}) {
  if (process.env.E2E_SCREENSHOTS === "0") return;
  const original = page.viewportSize();
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `tests/e2e/screenshots/${name}-${width}.png`, fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}
