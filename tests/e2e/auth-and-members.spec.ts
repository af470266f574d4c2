import { expect, test } from "@playwright/test";
import { randomEmail, signIn, signInThroughForm } from "./support/auth";
import { screenshot } from "./support/screenshot";

const PASSWORD = "correct-horse-battery";
/** Sign-up hashes a password (argon2id) and then signs in (another hash check); on a cold server that takes a while. */
const SLOW = { timeout: 20_000 };

test("a new agency's leader invites an account manager, who sees only what an AM may see", async ({
  page,
  browser,
}) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const agencyName = `E2E Agency ${suffix}`;
  const slug = `e2e-agency-${suffix}`;
  const leaderEmail = randomEmail("leader");

  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Lena Leader");
  await page.getByLabel("Work email").fill(leaderEmail);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Agency name").fill(agencyName);
  await page.getByLabel("Employees").fill("12");
  await page.getByLabel("Currency").selectOption("EUR");
  await page.getByRole("button", { name: "Create agency" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}$`), SLOW);
  await expect(page.getByRole("heading", { level: 1, name: agencyName })).toBeVisible();
  await screenshot(page, "overview");

  const nav = page.getByRole("navigation", { name: "Agency sections" });
  await expect(nav.getByRole("link", { name: "Audit log" })).toBeVisible();
  await nav.getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("row").filter({ hasText: "Lena Leader" })).toContainText("Owner");

  // Invite an account manager (the AM role is preselected) and read the single-use link.
  const amEmail = randomEmail("am");
  await page.getByLabel("Email address").fill(amEmail);
  await expect(page.getByRole("checkbox", { name: /Account manager/ })).toBeChecked();
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const linkField = page.getByLabel("Invitation link");
  await expect(linkField).toHaveValue(/\/invite\/[0-9a-f-]{36}\./);
  const link = await linkField.inputValue();
  await expect(page.getByRole("list", { name: "Pending invitations" })).toContainText(amEmail);
  await screenshot(page, "members-leader");

  // The invitee signs up through the link in a separate browser context (no shared session).
  const amContext = await browser.newContext();
  const am = await amContext.newPage();
  await am.goto(link);
  await expect(am.getByRole("heading", { name: "You've been invited" })).toBeVisible();
  await screenshot(am, "invite", { widths: [390] });
  await am.getByLabel("Your name").fill("Andy Account");
  await am.getByLabel("Email").fill(amEmail);
  await am.getByLabel("Password").fill(PASSWORD);
  await am.getByRole("button", { name: "Create account and join" }).click();
  await expect(am).toHaveURL(new RegExp(`/${slug}$`), SLOW);
  await expect(am.getByRole("heading", { level: 1, name: agencyName })).toBeVisible();

  // What an AM may see: members (read only), no audit log, no invitations or role editing.
  const amNav = am.getByRole("navigation", { name: "Agency sections" });
  await expect(amNav.getByRole("link", { name: "Members" })).toBeVisible();
  await expect(amNav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  const forbidden = await am.goto(`/${slug}/audit`);
  expect(forbidden?.status()).toBe(403);
  await expect(am.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  await expect(am.getByRole("link", { name: "Back to the agency overview" })).toHaveAttribute("href", `/${slug}`);
  await screenshot(am, "forbidden", { widths: [390] });
  await am.goto(`/${slug}/members`);
  await expect(am.getByRole("table").getByRole("row").filter({ hasText: "Andy Account" })).toContainText(
    "Account manager",
  );
  await expect(am.getByRole("heading", { name: "Invite someone" })).toHaveCount(0);
  await expect(am.getByRole("button", { name: /Create invitation link|Edit roles|Deactivate/ })).toHaveCount(0);
  await screenshot(am, "members-am");
  await amContext.close();

  // The leader sees the new member and the invitation used up, then changes the AM's roles and (de)activates them.
  await page.reload();
  const andy = table.getByRole("row").filter({ hasText: "Andy Account" });
  await expect(andy).toContainText("Active");
  await expect(page.getByText("No pending invitations.")).toBeVisible();
  await screenshot(page, "members-list");
  await page.getByRole("button", { name: "Edit roles of Andy Account" }).click();
  await andy.getByRole("checkbox", { name: "Project manager" }).check();
  await page.getByRole("button", { name: "Save roles of Andy Account" }).click();
  await expect(andy).toContainText("Project manager");
  await expect(andy.getByRole("checkbox")).toHaveCount(0);
  await page.getByRole("button", { name: "Deactivate Andy Account" }).click();
  await expect(andy).toContainText("Deactivated");
  await page.getByRole("button", { name: "Reactivate Andy Account" }).click();
  await expect(andy).toContainText("Active");
  // The owner cannot lose the Leader role: the box is locked.
  await page.getByRole("button", { name: "Edit roles of Lena Leader" }).click();
  await expect(table.getByRole("checkbox", { name: /Leader/ })).toBeDisabled();

  await page.goto(`/${slug}/audit`);
  for (const action of ["invitation.created", "invitation.accepted", "member.roles_changed", "member.deactivated"]) {
    await expect(page.getByRole("table")).toContainText(action);
  }
  await page.getByLabel("Action").selectOption("member.roles_changed");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=member.roles_changed/);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2); // header + the one change
  await expect(page.getByRole("table")).toContainText("roles: AM → AM, PM");
  await page.getByRole("link", { name: "Reset" }).click();
  await screenshot(page, "audit-log");
});

test("a wrong password or unknown email shows one generic message", async ({ page }) => {
  await page.goto("/sign-in");
  await screenshot(page, "sign-in");
  await signInThroughForm(page, "leader@northwind.example", "not-the-password");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await expect(page).toHaveURL(/\/sign-in/);
  await signInThroughForm(page, randomEmail("nobody"), "not-the-password");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await screenshot(page, "sign-in-error", { widths: [390] });
});

test("sign-up shows each field's error next to the field", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Sam");
  await page.getByLabel("Work email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByLabel("Agency name").fill("X");
  await page.getByLabel("Employees").fill("0");
  await page.getByRole("button", { name: "Create agency" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Please correct the highlighted fields.");
  const expected = {
    "Work email": "Enter a valid email address.",
    Password: "Use at least 10 characters.",
    "Agency name": "Enter your agency's name.",
    Employees: "An agency has at least 1 employee.",
  };
  for (const [label, message] of Object.entries(expected)) {
    await expect(page.getByLabel(label)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(label)).toHaveAccessibleDescription(new RegExp(message.replaceAll(".", "\\.")));
  }
  await expect(page.getByLabel("Your name")).not.toHaveAttribute("aria-invalid");
  await expect(page).toHaveURL(/\/sign-up$/);
  await screenshot(page, "sign-up-errors", { widths: [390] });

  await page.goto("/invite/not-a-real-token");
  await expect(page.getByRole("heading", { name: "This invitation link cannot be used" })).toBeVisible();
  // Well-formed but with a secret no invitation has: said before the visitor types anything, no sign-up form.
  await page.goto("/invite/00000000-0000-4000-8000-000000000000.a-well-formed-but-wrong-secret");
  await expect(page.getByRole("heading", { name: "This invitation link cannot be used" })).toBeVisible();
  await expect(page.getByText("This invitation link is not valid.")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveCount(0);
});

test("a member of one agency gets not found for another agency's pages", async ({ page }) => {
  await signIn(page, "leader@brightside.example");
  await expect(page).toHaveURL(/\/brightside$/);
  for (const path of ["/northwind/members", "/northwind", "/northwind/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  }
  await screenshot(page, "not-found", { widths: [1440] });
  // Their own agency still works.
  await page.goto("/brightside/members");
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
});

test("a leader of several agencies switches between them from the top bar", async ({ page }) => {
  await signIn(page, "leader@demo.example");
  await expect(page).toHaveURL(/\/brightside$/); // the first of their agencies, alphabetically
  await page.locator("summary", { hasText: "switch agency" }).click();
  await page.getByRole("link", { name: "Northwind Creative" }).click();
  await expect(page).toHaveURL(/\/northwind$/);
  await expect(page.getByRole("heading", { level: 1, name: "Northwind Creative" })).toBeVisible();
  await page.getByRole("navigation", { name: "Agency sections" }).getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("table").getByRole("row").nth(1)).toBeVisible();
  await screenshot(page, "members-northwind");
});
