import { expect, test, type Page } from "@playwright/test";
import { seriousWcagViolations } from "./support/axe";
import { randomEmail, signIn } from "./support/auth";
import { revealLazyChart } from "./support/lazy-chart";
import { createInvitationLink, joinThroughInvitation } from "./support/invitations";
import { screenshot } from "./support/screenshot";

/**
 * Agency settings and the first-run guide (issue 19). Brightside (8 employees, guideline 4–6) is changed to 12
 * employees and back, so the seeded figures other specs read are restored at the end.
 */
const SLOW = { timeout: 20_000 };
const PASSWORD = "correct-horse-battery";

async function amStatuses(page: Page) {
  await page.goto("/brightside/portfolio");
  await page.getByRole("button", { name: "Show as table" }).click();
  return (await page.getByTestId("am-load-table").locator("tbody tr").allInnerTexts()).map((row) =>
    row.replace(/\s+/g, " "),
  );
}

test("a leader moves the agency to another size band and overrides the guideline; the dashboard follows", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signIn(page, "leader@brightside.example");
  const before = await amStatuses(page);
  await expect(page.getByTestId("guideline-panel")).toContainText("4–6");

  await page.goto("/brightside/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  expect(await seriousWcagViolations(page)).toEqual([]);
  const profile = page.getByRole("form", { name: "Agency profile" });
  await profile.getByLabel("Employees").fill("12");
  await expect(page.getByTestId("band-preview")).toContainText("mid-size");
  await expect(page.getByTestId("band-preview")).toContainText(/\d+ account managers? changes? status on saving/);
  await screenshot(page, "settings");
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(profile.getByText("Saved.")).toBeVisible(SLOW);

  const after = await amStatuses(page);
  await expect(page.getByTestId("guideline-panel")).toContainText("6–8");
  expect(after).not.toEqual(before);
  const history = page.getByTestId("guideline-history");
  await expect(history).toContainText(/6–8 from \d{1,2} \w{3} \d{4} \(mid-size agency, 12 employees\)/);
  // The chart loads only when it scrolls into view (recharts stays off the dashboard's first load).
  await revealLazyChart(page, "#guideline-history", page.locator("#guideline-history .recharts-area"));
  await expect(page.locator("#guideline-history .recharts-area")).toHaveCount(1);
  await page.locator("#guideline-history").screenshot({ path: "tests/e2e/screenshots/dashboard-band-step-1440.png" });

  // An override needs a reason; with one, the dashboard names it.
  await page.goto("/brightside/settings");
  const override = page.getByRole("form", { name: "Guideline override" });
  await override.getByLabel("Minimum accounts per AM").fill("3");
  await override.getByLabel("Maximum accounts per AM").fill("5");
  await override.getByRole("button", { name: "Override the guideline" }).click();
  await expect(override.getByText("Say why the agency uses its own guideline.")).toBeVisible();
  await override.getByLabel("Reason (required)").fill("Senior team on complex retainers");
  await override.getByRole("button", { name: "Override the guideline" }).click();
  await expect(override.getByTestId("override-status")).toContainText("3–5", SLOW);
  await page.goto("/brightside/portfolio");
  await expect(page.getByTestId("guideline-panel")).toContainText("3–5");
  await expect(page.getByTestId("override-reason")).toContainText("Senior team on complex retainers");

  // Back to the size band and to 8 employees: the seeded figures other specs read.
  await page.goto("/brightside/settings");
  await override.getByRole("button", { name: /Use the size band again/ }).click();
  await expect(override.getByTestId("override-status")).toContainText("None", SLOW);
  await profile.getByLabel("Employees").fill("8");
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(profile.getByText("Saved.")).toBeVisible(SLOW);
  expect(await amStatuses(page)).toEqual(before);
});

test("a non-leader cannot open settings", async ({ page }) => {
  await signIn(page, "am@brightside.example");
  await page.goto("/brightside");
  const nav = page.getByRole("navigation", { name: "Agency sections" });
  await expect(nav.getByRole("link", { name: "My accounts" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Settings" })).toHaveCount(0);
  const response = await page.goto("/brightside/settings");
  expect(response?.status()).toBe(403);
});

test("a new agency follows the first-run guide to the end", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const suffix = Math.random().toString(36).slice(2, 8);
  const slug = `park-studio-${suffix}`;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Pat Park");
  await page.getByLabel("Work email").fill(randomEmail("park"));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Agency name").fill(`Park Studio ${suffix}`);
  await page.getByLabel("Employees").fill("12");
  await page.getByRole("button", { name: "Create agency" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}$`), SLOW);
  const guide = page.getByTestId("first-run-guide");
  await expect(guide).toContainText("0 of 4 done");
  expect(await seriousWcagViolations(page)).toEqual([]);
  await screenshot(page, "first-run-guide");
  const step = (key: string) => guide.locator(`[data-step="${key}"]`);

  await step("size").getByRole("link", { name: "Open settings" }).click();
  await page.getByRole("form", { name: "Agency profile" }).getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Saved.")).toBeVisible(SLOW);
  await page.goto(`/${slug}`);
  await expect(step("size")).toHaveAttribute("data-done", "true");

  // Team: one person invited as AM and PM, who joins through the link.
  await step("team").getByRole("link", { name: "Invite people" }).click();
  const amEmail = randomEmail("am");
  const link = await createInvitationLink(page, amEmail, /Project manager/);
  const invitee = await joinThroughInvitation(browser, link, {
    name: "Andy Account",
    email: amEmail,
    password: PASSWORD,
  });
  await expect(invitee).toHaveURL(new RegExp(`/${slug}$`), SLOW);
  await page.goto(`/${slug}`);
  await expect(step("team")).toHaveAttribute("data-done", "true");

  // A client and an account for the new AM, then the first check-in.
  await page.goto(`/${slug}/clients`);
  await page.getByRole("button", { name: "New client" }).click();
  const clientForm = page.getByRole("form", { name: "New client" });
  await clientForm.getByLabel("Name").fill("Harbour Logistics");
  await clientForm.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Harbour Logistics" })).toBeVisible(SLOW);
  await page.getByRole("link", { name: "New account for Harbour Logistics" }).click();
  const accountForm = page.getByRole("form", { name: "New account" });
  await accountForm.getByLabel("Account manager").selectOption({ label: "Andy Account" });
  await accountForm.getByLabel("Account name").fill("Retainer: social");
  await accountForm.getByLabel(/Monthly value/).fill("2500");
  await accountForm.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Retainer: social" })).toBeVisible(SLOW);
  await page
    .getByRole("button", { name: /^Log check-in/ })
    .first()
    .click();
  const dialog = page.getByRole("dialog", { name: "Log a check-in" });
  await dialog.locator("label:has(#ci-sentiment-4)").click();
  await expect(dialog.getByRole("radio", { name: /4/ })).toBeChecked();
  await dialog.getByLabel("Summary").fill("Kick-off call: goals for the quarter agreed");
  await dialog.getByRole("button", { name: "Save check-in" }).click();
  await expect(dialog).toBeHidden(SLOW);

  await page.goto(`/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: `Park Studio ${suffix}` })).toBeVisible();
  await expect(page.getByTestId("first-run-guide")).toHaveCount(0);
});
