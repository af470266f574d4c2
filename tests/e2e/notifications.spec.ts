import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { simpleParser } from "mailparser";
import pg from "pg";
import { E2E_MAIL_DIR } from "../../playwright.config";
import { randomEmail, signIn } from "./support/auth";

/**
 * Issue 14 in the browser: the password reset end to end (the mail is caught as an .eml file by the server, read
 * here), a leader changing a notification preference (and putting it back), and the inbox marking items read.
 * Own rows only (a fresh agency per test), except the preference, which is restored.
 */
const PASSWORD = "e2e password for mail";
const SHOTS = process.env.SHOTS_DIR ?? "/work/notes/shots/mail14";
const SLOW = { timeout: 30_000 };

async function shoot(page: Page, name: string) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true }).catch(() => undefined);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

async function signUp(page: Page) {
  const suffix = Math.random().toString(36).slice(2, 8);
  const email = randomEmail("mail");
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Mia Mail");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Agency name").fill(`Mail Agency ${suffix}`);
  await page.getByLabel("Employees").fill("12");
  await page.getByRole("button", { name: "Create agency" }).click();
  await expect(page).toHaveURL(new RegExp(`/mail-agency-${suffix}$`), SLOW);
  return { email, slug: `mail-agency-${suffix}` };
}

/** The newest caught message to `to` whose text matches, parsed (waits for the server to write it). */
async function caughtMail(to: string, pattern: RegExp) {
  for (let i = 0; i < 60; i++) {
    const files = (await readdir(E2E_MAIL_DIR).catch(() => [] as string[])).filter((f) => f.endsWith(".eml")).sort();
    for (const file of files.reverse()) {
      const mail = await simpleParser(await readFile(path.join(E2E_MAIL_DIR, file)));
      if (JSON.stringify(mail.to).includes(to) && pattern.test(mail.text ?? "")) return mail;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no caught mail to ${to}`);
}

test("password reset end to end: the link from the caught e-mail sets a new password", async ({ page }) => {
  test.setTimeout(180_000); // sign-up, reset and sign-in each hash a password with argon2id
  const { email } = await signUp(page);
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/sign-in|\/$/, SLOW);
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByText(/If an account uses this address/)).toBeVisible(SLOW);
  await shoot(page, "forgot-password");
  const mail = await caughtMail(email, /reset-password/);
  const link = /(\/reset-password\/[\w-]+)/.exec(mail.text!)![1]!;
  await page.goto(link);
  await shoot(page, "reset-password");
  await page.getByLabel("New password", { exact: true }).fill("a brand new password");
  await page.getByLabel("The same password again").fill("a brand new password");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByText("Your password is changed")).toBeVisible(SLOW);
  await signIn(page, email, "a brand new password"); // the integration test checks the old one no longer works
});

test("a leader changes a notification preference (and puts it back)", async ({ page }) => {
  await signIn(page, "leader@northwind.example");
  await page.goto("/northwind/notifications");
  const form = page.getByRole("form", { name: "Weekly leader digest" });
  const email = form.getByRole("checkbox", { name: "By e-mail" });
  await expect(email).toBeChecked();
  await email.uncheck();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved: Weekly leader digest.")).toBeVisible(SLOW);
  await shoot(page, "notification-settings");
  await page.reload();
  await expect(
    page.getByRole("form", { name: "Weekly leader digest" }).getByRole("checkbox", { name: "By e-mail" }),
  ).not.toBeChecked();
  const again = page.getByRole("form", { name: "Weekly leader digest" });
  await again.getByRole("checkbox", { name: "By e-mail" }).check();
  await again.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved: Weekly leader digest.")).toBeVisible(SLOW);
});

test("the inbox shows a member's notifications, the top bar counts them, and they are marked read", async ({
  page,
}) => {
  const { email, slug } = await signUp(page);
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Notification" ("agencyId", "userId", "event", "title", "body", "href")
       SELECT g."id", u."id", 'followup.assigned', t.title, 'Check in with the client this week.', NULL
       FROM "Agency" g, "User" u, (VALUES ('First reminder'), ('Second reminder')) AS t(title)
       WHERE g."slug" = $1 AND u."email" = $2`,
      [slug, email],
    );
  } finally {
    await client.end();
  }
  await page.goto(`/${slug}/inbox`);
  await expect(page.getByTestId("inbox-item")).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Inbox, 2 unread" })).toBeVisible();
  await shoot(page, "inbox");
  await page.getByRole("button", { name: "Mark “First reminder” read" }).click();
  await expect(page.getByRole("link", { name: "Inbox, 1 unread" })).toBeVisible(SLOW);
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByText("Nothing unread.")).toBeVisible(SLOW);
  await expect(page.getByRole("link", { name: "Inbox", exact: true })).toBeVisible();
});
