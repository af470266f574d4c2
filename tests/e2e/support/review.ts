import { expect, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousAxe } from "./axe";
import { screenshot } from "./screenshot";

/** A state of the page a person should look at: no serious axe violation as rendered, then its screenshots. */
export async function reviewPage(page: Page, name: string, options?: Parameters<typeof screenshot>[2]) {
  // Right after a save, the page's refresh can be replacing the streamed <title>: axe would report a missing title
  // that no visitor sees. Every page has one, so wait for it (a page without one still fails here).
  await expect(page).toHaveTitle(/\S/);
  await expectNoSeriousAxe(page);
  await screenshot(page, name, options);
}

/** The element shows every one of these texts. */
export async function expectShowsAll(locator: Locator, ...texts: string[]) {
  for (const text of texts) await expect(locator).toContainText(text);
}
