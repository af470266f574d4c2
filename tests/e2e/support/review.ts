import { expect, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousAxe } from "./axe";
import { screenshot } from "./screenshot";

/** A state of the page a person should look at: no serious axe violation as rendered, then its screenshots. */
export async function reviewPage(page: Page, name: string, options?: Parameters<typeof screenshot>[2]) {
  await expectNoSeriousAxe(page);
  await screenshot(page, name, options);
}

/** The element shows every one of these texts. */
export async function expectShowsAll(locator: Locator, ...texts: string[]) {
  for (const text of texts) await expect(locator).toContainText(text);
}
