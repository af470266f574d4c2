import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { loadScaleTenant, SCALE_SLUG } from "../../scripts/scale/load";
import { signIn } from "./support/auth";
import { screenshot } from "./support/screenshot";

/**
 * A large agency's leader pages through projects, accounts, clients and the audit log: forward with "Next", back
 * with "Previous", with plain links (each page has its own address). The tenant is generated in the e2e database by
 * the benchmark's set-based loader (scripts/scale); E2E_SCALE=1 is the full benchmark tenant (3,600 accounts), the
 * default 0.25 keeps the suite quick while every list still spans many pages.
 */
const SCALE = Number(process.env.E2E_SCALE ?? 0.25);

test.beforeAll(async () => {
  test.setTimeout(600_000);
  const url = process.env.E2E_DATABASE_URL!;
  const { benchmark } = await loadScaleTenant(url, { scale: SCALE, tenants: 0, replace: true, log: () => {} });
  // The loader writes no audit history; a large agency has plenty. Events share timestamps in pairs, as busy ones do.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "AuditEvent" ("agencyId", "action", "entityType", "entityId", "createdAt")
       SELECT $1, 'account.edited', 'Account', 'e2e-' || g, now() - (g / 2) * interval '1 minute'
       FROM generate_series(1, 240) g`,
      [benchmark.agencyId],
    );
  } finally {
    await client.end();
  }
});

/** The first row's text: what a page shows first, to compare pages. */
const firstRow = (page: Page, rows: string) => page.locator(rows).first().innerText();

async function pageForwardAndBack(page: Page, path: string, rows: string, name: string) {
  await page.goto(`/${SCALE_SLUG}${path}`);
  const pager = page.getByTestId("pager");
  await expect(pager).toBeVisible();
  await expect(page.getByTestId("pager-count")).toContainText(/shown of [\d,]+/);
  const first = await firstRow(page, rows);
  const count = await page.locator(rows).count();
  expect(count).toBeGreaterThan(10);
  await screenshot(page, `large-${name}-page-1`, { widths: [1440] });

  await pager.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/[?&]after=/, { timeout: 30_000 }); // a busy machine answers slowly
  const second = await firstRow(page, rows);
  expect(second).not.toEqual(first);
  await screenshot(page, `large-${name}-page-2`, { widths: [1440] });
  await page.getByTestId("pager").screenshot({ path: `tests/e2e/screenshots/large-${name}-pager-page-2.png` });

  await page.getByTestId("pager").getByRole("link", { name: "← Previous" }).click();
  await expect(page).toHaveURL(/[?&]before=/, { timeout: 30_000 });
  expect(await firstRow(page, rows)).toEqual(first);
  await expect(page.getByTestId("pager").getByRole("link", { name: "← Previous" })).toHaveCount(0);
}

test("a large agency's leader pages forward and back through projects, accounts, clients and audit", async ({
  page,
}) => {
  test.setTimeout(300_000); // four lists, two pages each, screenshots: minutes on a busy 2-core machine
  await signIn(page, `leader@${SCALE_SLUG}.example`);
  await pageForwardAndBack(page, "/projects", '[data-testid="project-row"]', "projects");
  await pageForwardAndBack(page, "/accounts", "table tbody tr", "accounts");
  await pageForwardAndBack(page, "/clients", "table tbody tr", "clients");
  await pageForwardAndBack(page, "/audit", "table tbody tr", "audit");
});

test("filters stay in the address while paging, without JavaScript", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // Sign in with script (the form needs it), then page with plain links in a context without it.
  const scripted = await browser.newContext();
  const signing = await scripted.newPage();
  await signIn(signing, `leader@${SCALE_SLUG}.example`);
  await context.addCookies(await scripted.cookies());
  await page.goto(`/${SCALE_SLUG}/accounts?tier=TIER_2`);
  await page.getByTestId("pager").getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/tier=TIER_2/);
  await expect(page).toHaveURL(/after=/);
  await expect(page.locator("table tbody tr").first()).toContainText("Tier 2");
  await screenshot(page, "large-accounts-tier2-page-2-no-js", { widths: [1440] });
  await context.close();
  await scripted.close();
});
