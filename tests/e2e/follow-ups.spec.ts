import { expect, test } from "@playwright/test";
import { expectNoSeriousAxe } from "./support/axe";
import { signIn } from "./support/auth";
import { screenshot } from "./support/screenshot";

/**
 * Follow-ups on the seeded demo (issue 14). The seed ran the real sync, so Northwind's AM has "check in" follow-ups for
 * overdue accounts, and the sync put each in their inbox. The AM finds the last one listed in "My follow-ups" and in
 * the inbox, logs the check-in (check-ins.spec.ts takes the first overdue account) and sees it resolved by data; a
 * leader switches a rule on and back off, leaving the demo's rules as they were.
 */

test.setTimeout(240_000);

test("the AM sees an overdue check-in follow-up, logs the check-in, and it is resolved by data", async ({ page }) => {
  await signIn(page, "am@northwind.example");
  await page.goto("/northwind/follow-ups");
  await expect(page.getByRole("heading", { name: "My follow-ups", level: 1 })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Agency sections" }).getByRole("link", { name: /Follow-ups/ });
  await expect(nav).toHaveAttribute("aria-current", "page");
  await expect(nav).toContainText(/\d+/);
  const cards = page
    .getByRole("list", { name: "Follow-ups" })
    .locator(":scope > li")
    .filter({ hasText: "Check-in overdue" });
  expect(await cards.count()).toBeGreaterThan(0);
  await expectNoSeriousAxe(page);
  await screenshot(page, "follow-ups-mine");

  const card = cards.last();
  const title = (await card.locator("p.font-medium").first().innerText()).trim();
  const href = (await card.getByRole("link").first().getAttribute("href"))!;
  const accountId = href.split("/").at(-1)!;

  // The sync that made the follow-up told its assignee: the same follow-up is in the AM's inbox, with the unread count.
  await page.getByRole("link", { name: /^Inbox, \d+ unread$/ }).click();
  await expect(page).toHaveURL(/\/northwind\/inbox$/);
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
  const inboxItem = page.getByTestId("inbox-item").filter({ hasText: `Follow-up: ${title}` });
  await expect(inboxItem).toHaveCount(1);
  await expect(inboxItem.getByText("Unread")).toBeVisible();
  await expect(inboxItem.getByRole("link", { name: `Follow-up: ${title}` })).toHaveAttribute(
    "href",
    "/northwind/follow-ups",
  );
  await expectNoSeriousAxe(page);
  await screenshot(page, "follow-ups-inbox");

  await page.goto("/northwind/me");
  const row = page.locator(`[data-testid="my-account"][data-account-id="${accountId}"]`);
  await row.getByRole("button", { name: /^Log check-in for / }).click();
  const dialog = page.getByRole("dialog", { name: "Log a check-in" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("radio", { name: /4/ }).check({ force: true });
  await dialog.getByLabel("Summary").fill("Quarterly catch-up: all good.");
  await dialog.getByRole("button", { name: "Save check-in" }).click();
  await expect(dialog).toBeHidden();

  await page.goto("/northwind/follow-ups");
  await expect(page.getByText(title, { exact: true })).toHaveCount(0);
  await page.goto("/northwind/follow-ups?closed");
  const closed = page.getByRole("list", { name: "Follow-ups" }).locator(":scope > li").filter({ hasText: title });
  await expect(closed.first()).toContainText("Resolved by data");
  await expectNoSeriousAxe(page);
  await screenshot(page, "follow-ups-resolved");

  // The account's health over time comes from the recorded daily snapshots (the seed ran the real job).
  await page.goto(href);
  await expect(page.getByRole("heading", { name: "Health over time" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Recorded health from / })).toBeVisible();
});

test("a leader changes a follow-up rule, sees it saved, and puts it back", async ({ page }) => {
  await signIn(page, "leader@northwind.example");
  await page.goto("/northwind/settings#follow-up-rules");
  const form = page.getByRole("form", { name: "Follow-up rule: Sentiment drop" });
  await form.getByLabel("Sentiment drop").check();
  await form.getByLabel("Due in (days)").fill("4");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Sentiment drop: saved.")).toBeVisible();
  await page.reload();
  const again = page.getByRole("form", { name: "Follow-up rule: Sentiment drop" });
  await expect(again.getByLabel("Sentiment drop")).toBeChecked();
  await expect(again.getByLabel("Due in (days)")).toHaveValue("4");
  await expect(page.getByRole("region", { name: "Background jobs" })).toBeVisible();
  await screenshot(page, "follow-ups-settings");

  // Back to the default, so the demo is as it was.
  await again.getByLabel("Sentiment drop").uncheck();
  await again.getByLabel("Due in (days)").fill("7");
  await again.getByRole("button", { name: "Save" }).click();
  await expect(again.getByText("Sentiment drop: saved.")).toBeVisible();

  await page.goto("/northwind/follow-ups/team");
  await expect(page.getByRole("heading", { name: "Team follow-ups", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Open and overdue per person" })).toBeVisible();
  await expectNoSeriousAxe(page);
  await screenshot(page, "follow-ups-team");
  await page.goto("/northwind/portfolio");
  await expect(page.getByRole("region", { name: "Follow-ups per AM" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Account health over 12 weeks" })).toBeVisible();
  await screenshot(page, "follow-ups-dashboard");
});
