import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * An axe scan of the page as it is. Legacy mode runs `axe.run` in the page itself: the default mode finishes every
 * scan in a new blank tab (built for cross-origin frames, which this app has none of), and that tab cost about a
 * third of every one of the suite's hundred-odd scans (0.95 → 0.6 s on the sign-in page; the every-page sweep
 * 1.8 → 1.5 min).
 */
export const axeScan = (page: Page) => new AxeBuilder({ page }).setLegacyMode();

const isSerious = (v: { impact?: string | null }) => v.impact === "serious" || v.impact === "critical";

/** No serious or critical violation of any axe rule on the page as rendered (the failure lists rules and nodes). */
export async function expectNoSeriousAxe(page: Page) {
  const axe = await axeScan(page).analyze();
  const serious = axe.violations.filter(isSerious);
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]))).toEqual([]);
}

/** The ids of the serious or critical WCAG 2 A/AA violations on the page as rendered. */
export async function seriousWcagViolations(page: Page) {
  const { violations } = await axeScan(page).withTags(["wcag2a", "wcag2aa"]).analyze();
  return violations.filter(isSerious).map((v) => v.id);
}

/** No serious or critical WCAG 2 A/AA violations on the page as rendered (the failure lists rules and nodes). */
export async function expectAccessible(page: Page) {
  const { violations } = await axeScan(page).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = violations.filter(isSerious);
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
