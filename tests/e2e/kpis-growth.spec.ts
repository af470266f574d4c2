import { expect, test, type Locator } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { sql } from "./support/database";
import { signIn } from "./support/auth";
import { screenshot } from "./support/screenshot";

/**
 * KPIs and growth plans as the demo AM am@northwind.example, on one of their own accounts: a KPI of the spec's own is
 * defined, a bad reading is refused with a field message, readings are recorded and the trend chart gains a point each
 * time; a draft plan of the spec's own gets an opportunity that moves to Won with the keyboard-usable stage control.
 * Demo data other specs read is left alone: the KPI is archived at the end (health back as it was) and the plan stays a
 * draft (the "No growth plan" signal the portfolio spec expects is untouched); after the last test the spec's own rows
 * are deleted and Northwind's KPI and growth rows are checked to be exactly as before.
 */

const AM_EMAIL = "am@northwind.example";
const run = Date.now().toString(36);

async function ownAccountId(): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `SELECT a."id" FROM "Account" a
     JOIN "Membership" m ON m."id" = a."amId" JOIN "User" u ON u."id" = m."userId"
     WHERE u."email" = $1 AND a."archivedAt" IS NULL ORDER BY a."name", a."id" LIMIT 1`,
    [AM_EMAIL],
  );
  if (!row) throw new Error("the demo AM owns no account");
  return row.id;
}

const dots = (card: Locator) => card.getByTestId("kpi-trend-chart").locator(".recharts-line-dot");

function firstOfLastMonth(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
}

/** Northwind's KPI and growth rows, counted: what the spec must leave as it found it. */
async function northwindFootprint() {
  const [row] = await sql<Record<string, string>>(
    `SELECT (SELECT count(*) FROM "Kpi" WHERE "agencyId" = g."id") AS kpis,
            (SELECT count(*) FROM "KpiMeasurement" WHERE "agencyId" = g."id") AS readings,
            (SELECT count(*) FROM "GrowthPlan" WHERE "agencyId" = g."id") AS plans,
            (SELECT count(*) FROM "Opportunity" WHERE "agencyId" = g."id") AS opportunities,
            (SELECT count(*) FROM "GrowthAction" WHERE "agencyId" = g."id") AS actions
     FROM "Agency" g WHERE g."slug" = 'northwind'`,
  );
  return row;
}

let footprintBefore: Record<string, string> | undefined;
test.beforeAll(async () => {
  footprintBefore = await northwindFootprint();
});

test.afterAll(async () => {
  // Plans cascade to their opportunities and actions, KPIs to their readings and rollups.
  await sql(`DELETE FROM "GrowthPlan" WHERE "objective" LIKE $1`, [`E2E plan ${run}:%`]);
  await sql(`DELETE FROM "Kpi" WHERE "name" = $1`, [`E2E conversion ${run}`]);
  expect(await northwindFootprint()).toEqual(footprintBefore);
});

test.beforeEach(async ({ page }) => {
  // A dozen server round-trips and two full-page screenshots per test, on a machine the whole suite shares.
  test.slow();
  await signIn(page, AM_EMAIL);
});

test("an AM defines a KPI on their account, records readings and sees the trend gain a point each time", async ({
  page,
}) => {
  await page.goto(`/northwind/accounts/${await ownAccountId()}`);
  const kpis = page.getByRole("region", { name: "KPIs", exact: true });
  await expect(kpis.getByTestId("kpi-panel")).toBeVisible();

  // A KPI of the spec's own; an empty target is refused with a message on that field.
  const kpiName = `E2E conversion ${run}`;
  await kpis.getByRole("button", { name: "New KPI" }).click();
  const newKpi = kpis.getByRole("form", { name: "New KPI" });
  await newKpi.getByLabel("Name").fill(kpiName);
  await newKpi.getByLabel("Unit").fill("%");
  await newKpi.getByRole("button", { name: "Add KPI" }).click();
  await expect(newKpi.getByLabel("Target")).toHaveAttribute("aria-invalid", "true");
  await expect(newKpi.getByText("Enter the target.")).toBeVisible();
  await expect(newKpi.getByLabel("Target")).toBeFocused();
  await newKpi.getByLabel("Target").fill("5");
  await newKpi.getByRole("button", { name: "Add KPI" }).click();
  const card = kpis.getByRole("article", { name: kpiName });
  await expect(card).toBeVisible();
  await expect(card.getByText("No readings yet: record the first one.")).toBeVisible();

  // First reading: this period. The chart appears with one point and attainment 4.2 / 5 = 84%.
  await card.getByRole("button", { name: "Record reading" }).click();
  const reading = card.getByRole("form", { name: `Record a reading of ${kpiName}` });
  await reading.getByLabel("Value (%)").fill("4.2");
  await reading.getByRole("button", { name: "Record reading" }).click();
  await expect(reading.getByText("Reading recorded.")).toBeVisible();
  await expect(dots(card)).toHaveCount(1);
  await expect(card.getByTestId("kpi-attainment")).toHaveText("84%");

  // A reading for a future period is refused on the period field, and the chart is unchanged.
  await reading.getByLabel("Value (%)").fill("9");
  await reading.getByLabel("Period").fill("2099-01-01");
  await reading.getByRole("button", { name: "Record reading" }).click();
  await expect(reading.getByText("The period cannot start in the future.")).toBeVisible();
  await expect(dots(card)).toHaveCount(1);

  // Second reading, last month: the chart gains a point; the latest (this month) still drives attainment.
  await reading.getByLabel("Value (%)").fill("3.8");
  await reading.getByLabel("Period").fill(firstOfLastMonth());
  await reading.getByRole("button", { name: "Record reading" }).click();
  await expect(dots(card)).toHaveCount(2);
  await expect(card.getByTestId("kpi-trend-chart")).toHaveAttribute("data-points", "2");
  await expect(card.getByTestId("kpi-attainment")).toHaveText("84%");
  await card.getByText("Readings as a table").click();
  await expect(
    card.getByRole("table", { name: `Readings of ${kpiName}, oldest first` }).locator("tbody tr"),
  ).toHaveCount(2);

  await expectAccessible(page);
  await kpis.scrollIntoViewIfNeeded();
  await screenshot(page, "kpis-account");

  // Leave the demo data as other specs expect it: archive the spec's KPI.
  await card.getByRole("button", { name: `Archive: ${kpiName}` }).click();
  await card.getByRole("button", { name: `Yes, archive: ${kpiName}` }).click();
  await expect(kpis.getByRole("article", { name: kpiName })).toHaveCount(0);
});

test("an AM adds a draft plan with an opportunity, moves it to Won with the keyboard, and ticks off an action", async ({
  page,
}) => {
  await page.goto(`/northwind/accounts/${await ownAccountId()}`);
  // A draft growth plan of the spec's own, with one opportunity moved from Idea to Won.
  const growth = page.getByRole("region", { name: "Growth plans", exact: true });
  const objective = `E2E plan ${run}: add paid social`;
  await growth.getByRole("button", { name: "New growth plan" }).click();
  const newPlan = growth.getByRole("form", { name: "New growth plan" });
  await newPlan.getByLabel("Objective").fill(objective);
  await newPlan.getByLabel(/Target revenue/).fill("-10");
  await newPlan.getByRole("button", { name: "Add plan" }).click();
  await expect(newPlan.getByText("The target revenue cannot be negative.")).toBeVisible();
  await newPlan.getByLabel(/Target revenue/).fill("24000");
  await newPlan.getByRole("button", { name: "Add plan" }).click();
  const plan = growth.getByRole("article", { name: objective });
  await expect(plan).toBeVisible();
  await expect(plan.getByLabel("Status", { exact: true })).toHaveValue("DRAFT");

  const serviceLine = `Paid social ${run}`;
  await plan.getByRole("button", { name: "Add opportunity" }).click();
  const newOpportunity = plan.getByRole("form", { name: "New opportunity" });
  await newOpportunity.getByLabel("Service line").fill(serviceLine);
  await newOpportunity.getByLabel(/Est. monthly value/).fill("2000");
  await newOpportunity.getByRole("button", { name: "Add opportunity" }).click();
  await expect(plan.getByTestId("stage-IDEA").getByRole("heading", { name: serviceLine })).toBeVisible();
  await expect(plan.getByTestId("stage-WON").getByRole("heading", { name: serviceLine })).toHaveCount(0);

  const stage = plan.getByLabel(`Stage of ${serviceLine}`);
  await stage.focus();
  await stage.selectOption("WON");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: `Move ${serviceLine} to Won` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(plan.getByTestId("stage-WON").getByRole("heading", { name: serviceLine })).toBeVisible();
  await expect(plan.getByTestId("stage-IDEA").getByRole("heading", { name: serviceLine })).toHaveCount(0);
  await expect(plan.getByTestId("stage-WON")).toContainText("$2,000 a month");

  // An action for the plan, ticked off.
  await plan.getByRole("button", { name: "Add action" }).click();
  const newAction = plan.getByRole("form", { name: "New action" });
  await newAction.getByLabel("Action", { exact: true }).fill(`Send the proposal ${run}`);
  await newAction.getByRole("button", { name: "Add action" }).click();
  const done = plan.getByRole("checkbox", { name: `Send the proposal ${run}` });
  await expect(done).not.toBeChecked();
  const saved = page.waitForResponse((r) => r.request().method() === "POST", { timeout: 30_000 });
  await done.check();
  await expect(done).toBeChecked();
  await saved;
  await page.reload();
  await expect(done).toBeChecked({ timeout: 30_000 });

  await expectAccessible(page);
  await plan.scrollIntoViewIfNeeded();
  await screenshot(page, "growth-account");
});

test("on the AM's own page their member KPIs take readings, but only a leader defines them", async ({ page }) => {
  const [am] = await sql<{ id: string }>(
    `SELECT m."id" FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE u."email" = $1`,
    [AM_EMAIL],
  );
  await page.goto(`/northwind/portfolio/ams/${am?.id}`);
  const kpis = page.getByRole("region", { name: "KPIs", exact: true });
  await expect(kpis.getByTestId("kpi-panel")).toBeVisible();
  await expect(kpis.getByRole("button", { name: "New KPI" })).toHaveCount(0);
  await expect(kpis.getByRole("button", { name: "Edit KPI" })).toHaveCount(0);
  expect(await kpis.getByRole("button", { name: "Record reading" }).count()).toBeGreaterThan(0);
  await expectAccessible(page);
  await kpis.scrollIntoViewIfNeeded();
  await screenshot(page, "kpis-am-page");
});
