import type { Page } from "@playwright/test";

/** Full-page screenshots at each width into tests/e2e/screenshots/, for a person to look at. */
export async function screenshot(page: Page, name: string, { widths = [1440, 390] }: { widths?: number[] } = {}) {
  const original = page.viewportSize();
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `tests/e2e/screenshots/${name}-${width}.png`, fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}
