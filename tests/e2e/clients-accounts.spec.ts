import { expect, test } from "@playwright/test";
import { sql } from "./support/database";
import { signIn } from "./support/auth";
import { expectShowsAll, reviewPage } from "./support/review";

/**
 * A demo leader creates a client (a future "client since" is refused first), adds a primary contact (a bad email is
 * refused first), creates an account for the demo AM (negative money refused first), edits it, and finds it in the
 * account list; the demo AM lands on "My book" with that account in it. Fixture rows are made here with unique names,
 * a Tier 3 client and a Paused account (so no AM's load or signal changes while the spec runs), and archived
 * afterwards, so the Northwind figures other specs assert on are unchanged.
 */
const RUN = Date.now().toString(36);
const CLIENT = `E2E Client ${RUN}`;
const ACCOUNT = `E2E retainer ${RUN}`;
const AM_NAME = "Ethan Caldwell";

test.afterAll(async () => {
  await sql(
    `UPDATE "Account" SET "archivedAt" = now()
     WHERE "clientId" IN (SELECT "id" FROM "Client" WHERE "name" = $1) AND "archivedAt" IS NULL`,
    [CLIENT],
  );
  await sql(`UPDATE "Client" SET "archivedAt" = now() WHERE "name" = $1 AND "archivedAt" IS NULL`, [CLIENT]);
});

test("a leader creates a client, a contact and an account, edits it and finds it; the AM sees it in My book", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000); // three forms, two users, four axe scans and eight screenshots on a shared 2-core machine
  await signIn(page, "leader@northwind.example");
  const nav = page.getByRole("navigation", { name: "Agency sections" });
  await nav.getByRole("link", { name: "Clients", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
  await expect(page.getByTestId("client-row").first()).toBeVisible();
  await reviewPage(page, "clients-list");

  // New client: the server refuses a future "client since" with a field message, keeping what was typed.
  await page.getByRole("button", { name: "New client" }).click();
  const clientForm = page.getByRole("form", { name: "New client" });
  await clientForm.getByLabel("Name").fill(CLIENT);
  await clientForm.getByLabel("Industry (optional)").fill("Logistics");
  await clientForm.getByLabel("Tier").selectOption("TIER_3");
  await clientForm.getByLabel("Client since (optional)").fill("2999-01-01");
  await clientForm.getByRole("button", { name: "Create client" }).click();
  await expect(clientForm.getByText("The client-since date cannot be in the future.")).toBeVisible();
  await expect(clientForm.getByLabel("Client since (optional)")).toHaveAttribute("aria-invalid", "true");
  await expect(clientForm.getByLabel("Name")).toHaveValue(CLIENT);
  await clientForm.getByLabel("Client since (optional)").fill("2024-05-01");
  await clientForm.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: CLIENT })).toBeVisible({ timeout: 20_000 });
  const clientUrl = new URL(page.url()).pathname;

  // A contact: a bad email is refused, then the contact is added as primary.
  await page.getByRole("button", { name: "Add contact" }).click();
  const contactForm = page.getByRole("form", { name: "Add a contact" });
  await contactForm.getByLabel("Name").fill("Priya Patel");
  await contactForm.getByLabel("Email (optional)").fill("priya-at-example");
  await contactForm.getByLabel(/Primary contact/).check();
  await contactForm.getByRole("button", { name: "Add contact" }).click();
  await expect(contactForm.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await contactForm.getByLabel("Email (optional)").fill("priya@client.example");
  await contactForm.getByRole("button", { name: "Add contact" }).click();
  const contact = page.getByTestId("contact-row").filter({ hasText: "Priya Patel" });
  await expectShowsAll(contact, "Primary", "priya@client.example");
  await reviewPage(page, "client-page");

  // A new account for the demo AM: negative money is refused, then it is created and we land on its page.
  // From the client's page, "New account for …" opens the account form with this client chosen.
  await page.getByRole("link", { name: `New account for ${CLIENT}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
  const accountForm = page.getByRole("form", { name: "New account" });
  await expect(accountForm.getByLabel("Client")).toHaveValue(clientUrl.split("/").pop()!);
  await accountForm.getByLabel("Account manager").selectOption({ label: AM_NAME });
  await accountForm.getByLabel("Account name").fill(ACCOUNT);
  await accountForm.getByLabel("Status").selectOption("PAUSED");
  await accountForm.getByLabel(/Monthly value/).fill("-5");
  await accountForm.getByRole("button", { name: "Create account" }).click();
  await expect(accountForm.getByText("The monthly value cannot be negative.")).toBeVisible();
  await accountForm.getByLabel(/Monthly value/).fill("1500");
  await accountForm.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: ACCOUNT })).toBeVisible({ timeout: 20_000 });

  // Edit it from the account page.
  await page.getByRole("link", { name: "Edit account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit ${CLIENT} · ${ACCOUNT}` })).toBeVisible();
  const editForm = page.getByRole("form", { name: "Edit account" });
  await editForm.getByLabel(/Monthly value/).fill("2250");
  await editForm.getByLabel("Renewal date (optional)").fill("2020-01-01");
  await editForm.getByRole("button", { name: "Save account" }).click();
  await expect(editForm.getByText("The renewal cannot be before the start date.")).toBeVisible();
  await editForm.getByLabel("Renewal date (optional)").fill("");
  await editForm.getByRole("button", { name: "Save account" }).click();
  await expect(editForm.getByText("Account saved.")).toBeVisible();
  await reviewPage(page, "account-edit");

  // Found by searching the list (server-side, in the URL).
  await page.goto("/northwind/accounts");
  await page.getByLabel("Search account or client").fill(RUN);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${RUN}`));
  const row = page.getByTestId("account-row");
  await expect(row).toHaveCount(1);
  await expectShowsAll(row, ACCOUNT, AM_NAME, "$2,250", "Paused");
  await reviewPage(page, "accounts-search");

  // The AM lands on "My book", which holds the new account; "All accounts" is one tab away.
  const amContext = await browser.newContext();
  const am = await amContext.newPage();
  await signIn(am, "am@northwind.example");
  await am
    .getByRole("navigation", { name: "Agency sections" })
    .getByRole("link", { name: "Accounts", exact: true })
    .click();
  await expect(am.getByRole("heading", { level: 1, name: "My book" })).toBeVisible();
  await expect(am.getByRole("link", { name: "My book" })).toHaveAttribute("aria-current", "page");
  await expect(am.getByTestId("account-row").filter({ hasText: ACCOUNT })).toBeVisible();
  const mine = am.getByTestId("account-row");
  for (const text of await mine.allInnerTexts()) expect(text).toContain(AM_NAME);
  await expect(am.getByRole("button", { name: "New account" })).toHaveCount(0);
  await reviewPage(am, "accounts-my-book");
  await am.getByRole("link", { name: "All accounts" }).click();
  await expect(am.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
  await expect(am.getByLabel("Account manager")).toBeVisible();

  // Owning an account of the client, the AM may edit its details and contacts, but not its tier, nor archive it.
  await am.goto(clientUrl);
  const details = am.getByRole("form", { name: "Edit client" });
  await expect(details.getByLabel("Tier")).toBeDisabled();
  await expect(details.getByText("Only a leader can change the tier.")).toBeVisible();
  await expect(am.getByRole("button", { name: "Archive client" })).toHaveCount(0);
  await expect(am.getByRole("button", { name: "Add contact" })).toBeVisible();
  await reviewPage(am, "client-page-am", { widths: [390] });
  await amContext.close();
});
