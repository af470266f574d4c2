import { expect, test, type Page } from "@playwright/test";
import { axeScan, expectNoSeriousAxe } from "./support/axe";
import { signIn } from "./support/auth";
import { screenshot } from "./support/screenshot";

/**
 * The AM's check-in flow on the seeded demo, as am@northwind.example: "My accounts" lists overdue check-ins first;
 * a check-in is logged with the keyboard only, in under 10 interactions, and the overdue flag disappears and the
 * health score changes without a reload. Northwind has several overdue check-ins, so clearing one leaves the
 * portfolio spec's "every signal type" intact; no account is added or removed.
 */

const AM_EMAIL = "am@northwind.example";

/** Counts what a person does: each key press and each typing step is one interaction. */
function keyboard(page: Page) {
  let count = 0;
  return {
    press: async (key: string) => {
      count += 1;
      await page.keyboard.press(key);
    },
    type: async (text: string) => {
      count += 1;
      await page.keyboard.type(text);
    },
    get count() {
      return count;
    },
  };
}

test.beforeEach(async ({ page }, testInfo) => {
  if (!testInfo.title.startsWith("members without the AM role")) await signIn(page, AM_EMAIL);
});

test("My accounts: overdue first, with health, recency and next due; no serious accessibility violations", async ({
  page,
}) => {
  await page.goto("/northwind/me");
  await expect(page.getByRole("heading", { name: "My accounts", level: 1 })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Agency sections" }).getByRole("link", { name: "My accounts" }),
  ).toHaveAttribute("aria-current", "page");
  const rows = page.getByTestId("my-account");
  expect(await rows.count()).toBeGreaterThan(3);
  const overdueFlags = await rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-overdue") === "true"));
  // Overdue accounts come first, as one block.
  const firstNotOverdue = overdueFlags.indexOf(false);
  expect(overdueFlags[0]).toBe(true);
  expect(overdueFlags.slice(firstNotOverdue).every((flag) => !flag)).toBe(true);
  const first = rows.first();
  await expect(first.getByTestId("overdue-badge")).toHaveText("Check-in overdue");
  await expect(first.getByTestId("health")).not.toBeEmpty();
  await expect(first.getByTestId("last-check-in")).toHaveText(/\d+ days ago|Never/);
  await expect(first.getByTestId("next-due")).toContainText(/due/i);
  await expect(first.getByRole("button", { name: /^Log check-in for / })).toBeVisible();

  await expectNoSeriousAxe(page);
  await screenshot(page, "check-ins-me");
});

test("logs a check-in with the keyboard only in under 10 interactions; overdue clears and health changes", async ({
  page,
}) => {
  await page.goto("/northwind/me");
  const row = page.locator('[data-testid="my-account"][data-overdue="true"]').first();
  await expect(row).toBeVisible();
  const accountId = (await row.getAttribute("data-account-id"))!;
  const heading = (await row.getByRole("heading").innerText()).replace(/\s+/g, " ").trim();
  const [clientName, accountName] = heading.split(" · ");
  const healthBefore = (await row.getByTestId("health").innerText()).trim();
  const sameRow = page.locator(`[data-testid="my-account"][data-account-id="${accountId}"]`);

  const keys = keyboard(page);
  await keys.press("c");
  const dialog = page.getByRole("dialog", { name: "Log a check-in" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("combobox", { name: "Account" })).toBeFocused();
  await keys.type(`${clientName} ${accountName}`);
  await keys.press("Enter");
  await expect(dialog.getByRole("combobox", { name: "Account" })).toHaveValue(`${clientName} · ${accountName}`);
  await keys.press("Tab");
  await keys.press("5");
  await expect(dialog.getByRole("radio", { name: /5/ })).toBeChecked();
  await keys.press("Tab");
  await expect(dialog.getByLabel("Summary")).toBeFocused();
  await keys.type("Caught up on the quarter; they are happy with the results.");
  // The next due date is filled in from the cadence and shown.
  await expect(dialog.getByLabel("Next check-in due")).not.toHaveValue("");
  const axe = await axeScan(page).include("dialog").analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes.map((n) => n.target)]))).toEqual([]);
  for (const width of [1440, 390]) {
    // The viewport, not the full page: the modal and its backdrop cover what is on screen.
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `tests/e2e/screenshots/check-ins-dialog-${width}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  // Page renders the browser asks for after the save (link prefetches aside): none, the action's answer carries the
  // fresh page. A refresh after it would render the page a second time on the server for every save.
  const refetches: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (request.method() === "GET" && headers["rsc"] === "1" && !headers["next-router-prefetch"]) {
      refetches.push(request.url());
    }
  });
  await keys.press("Control+Enter");

  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("check-in-saved")).toContainText(`Check-in logged for ${clientName} · ${accountName}`);
  expect(keys.count).toBeLessThan(10);

  // The page the action answered with: the same row, no reload, is no longer overdue and its health has moved.
  await expect(sameRow).toHaveAttribute("data-overdue", "false");
  await expect(sameRow.getByTestId("overdue-badge")).toHaveCount(0);
  await expect(sameRow.getByTestId("last-check-in")).toHaveText("Today");
  await expect(sameRow.getByTestId("health")).not.toHaveText(healthBefore);
  await page.waitForTimeout(500); // a refresh would start right after the answer: give it time to show itself
  expect(refetches).toEqual([]);

  // The account page shows it at the top of its timeline.
  await page.goto(`/northwind/accounts/${accountId}`);
  await expect(page.getByTestId("check-in-timeline").locator("li").first()).toContainText("they are happy");
});

test("the form shows field errors inline, keeps the draft, and returns focus on Escape", async ({ page }) => {
  await page.goto("/northwind/me");
  const opener = page.getByRole("button", { name: "Log check-in", exact: true });
  await opener.click();
  const dialog = page.getByRole("dialog", { name: "Log a check-in" });
  await expect(dialog.getByRole("combobox", { name: "Account" })).toBeFocused();
  await dialog.getByLabel("Summary").fill("Draft that must survive");
  await dialog.getByRole("button", { name: "Save check-in" }).click();

  const account = dialog.getByRole("combobox", { name: "Account" });
  await expect(account).toHaveAttribute("aria-invalid", "true");
  await expect(account).toBeFocused();
  const describedBy = (await account.getAttribute("aria-describedby"))!;
  await expect(page.locator(`#${describedBy}`)).toHaveText("Choose an account.");
  await expect(dialog.getByRole("group", { name: "How did the client feel?" })).toContainText(
    "Choose how the client felt, from 1 to 5.",
  );
  await expect(dialog.getByLabel("Summary")).toHaveValue("Draft that must survive");
  // Typing a name that matches one account and tabbing on chooses it.
  await page.keyboard.type("shopwell");
  await page.keyboard.press("Tab");
  await expect(account).toHaveValue("Shopwell Inc. · Performance marketing");

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  // Reopening keeps the draft.
  await opener.click();
  await expect(dialog.getByLabel("Summary")).toHaveValue("Draft that must survive");
  await page.keyboard.press("Escape");
});

test("the account page offers the form pre-filled with the account", async ({ page }) => {
  await page.goto("/northwind/me");
  const href = (await page.getByTestId("my-account").first().getByRole("link").getAttribute("href"))!;
  await page.goto(href);
  await page.getByRole("button", { name: /^Log check-in/ }).click();
  const dialog = page.getByRole("dialog", { name: "Log a check-in" });
  await expect(dialog.getByRole("combobox", { name: "Account" })).not.toHaveValue("");
  await expect(dialog.getByRole("radio", { name: /1/ })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await screenshot(page, "check-ins-account-page");
});

test("members without the AM role see a friendly note and no My accounts tab", async ({ page }) => {
  await signIn(page, "viewer@northwind.example");
  await expect(
    page.getByRole("navigation", { name: "Agency sections" }).getByRole("link", { name: "My accounts" }),
  ).toHaveCount(0);
  await page.goto("/northwind/me");
  await expect(page.getByTestId("not-an-am")).toContainText("you do not hold the account manager role");
  await page.keyboard.press("c");
  await expect(page.getByRole("dialog")).toHaveCount(0);
});
