import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxe } from "./support/axe";
import { sql } from "./support/database";
import { randomEmail, signIn } from "./support/auth";
import { screenshot } from "./support/screenshot";

/**
 * A leader imports a 200-row file through the UI: the preview highlights the one bad row (an unknown tier), nothing
 * can be imported until the file is fixed; the fixed file imports and its accounts show on the portfolio dashboard.
 * Runs in an agency of its own, made here (the demo agencies' figures are asserted on by other specs).
 */
const suffix = Date.now().toString(36);
const SLUG = `e2e-import-${suffix}`;
const leaderEmail = randomEmail("import-leader");
const amEmails = [randomEmail("import-am1"), randomEmail("import-am2"), randomEmail("import-am3")];

// Two screenshots at two widths and a 200-row import: more than the default minute on a busy machine.
test.setTimeout(180_000);

test.beforeAll(async () => {
  const [agency] = await sql(
    `INSERT INTO "Agency" ("name", "slug", "employeeCount") VALUES ($1, $2, 60) RETURNING "id"`,
    [`Import Test ${suffix}`, SLUG],
  );
  const people = [
    { email: leaderEmail, name: "Imogen Leader", roles: "{LEADER}" },
    ...amEmails.map((email, i) => ({ email, name: `Importer AM ${i + 1}`, roles: "{AM}" })),
  ];
  for (const person of people) {
    // The demo password's hash, copied from a demo login, so signIn() works for these people too.
    await sql(
      `WITH u AS (
         INSERT INTO "User" ("email", "name", "passwordHash")
         SELECT $1, $2, "passwordHash" FROM "User" WHERE "email" = 'leader@brightside.example' RETURNING "id")
       INSERT INTO "Membership" ("agencyId", "userId", "roles", "isOwner") SELECT $3, u."id", $4::"Role"[], $5 FROM u`,
      [person.email, person.name, agency.id, person.roles, person.roles === "{LEADER}"],
    );
  }
});

function csv(badRow: boolean) {
  const header = "Client,Tier,Account,AM email,Monthly value,Start date,Contact,Contact email";
  const rows = Array.from({ length: 200 }, (_, i) => {
    const client = `Client ${String(Math.floor(i / 2)).padStart(3, "0")}`;
    const tier = badRow && i === 99 ? "Tier 9" : `TIER_${1 + (Math.floor(i / 2) % 3)}`;
    const value = `"${(1000 + i * 25).toLocaleString("en-US")}.00"`;
    return `${client},${tier},Account ${i},${amEmails[i % 3]},${value},2026-0${1 + (i % 9)}-15,Person ${i},p${i}@client.test`;
  });
  return Buffer.from(`\uFEFF${[header, ...rows].join("\r\n")}\r\n\r\n`);
}

async function choose(page: Page, name: string, content: Buffer) {
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: content });
}

test("a leader imports 200 rows: sees the bad row, fixes the file, imports, finds the accounts", async ({ page }) => {
  await signIn(page, leaderEmail);
  await page.getByRole("navigation", { name: "Agency sections" }).getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Import and export" })).toBeVisible();
  await expectNoSeriousAxe(page);

  await choose(page, "book-with-a-typo.csv", csv(true));
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("200 rows");
  await expect(summary).toContainText("1 problem to fix");
  const errors = page.getByTestId("import-errors");
  await expect(errors.getByRole("row").nth(1)).toContainText("101"); // the 100th data row is spreadsheet row 101
  await expect(errors).toContainText('Unknown tier "Tier 9"');
  const highlighted = page.getByTestId("import-sample").locator("tr[data-problem]");
  await expect(highlighted).toHaveCount(1);
  await expect(highlighted).toContainText("Tier 9");
  await expect(page.getByRole("button", { name: "Import 200 rows" })).toBeDisabled();
  await expect(page.getByLabel("Client tier")).toHaveValue("1"); // auto-matched by header name ("Tier")
  await expectNoSeriousAxe(page);
  await screenshot(page, "csv-import-preview-error");

  await choose(page, "book.csv", csv(false));
  await expect(summary).toContainText("No problems found.");
  const counts = page.getByTestId("import-counts");
  await expect(counts.getByRole("row", { name: /Accounts/ })).toContainText("200");
  await page.getByRole("button", { name: "Import 200 rows" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 200 rows" })).toBeVisible({ timeout: 30_000 });
  await screenshot(page, "csv-import-done");

  const [audit] = await sql(
    `SELECT e."after" FROM "AuditEvent" e JOIN "Agency" g ON g."id" = e."agencyId"
     WHERE g."slug" = $1 AND e."action" = 'import.completed'`,
    [SLUG],
  );
  expect(audit.after).toMatchObject({ rows: 200, counts: { accounts: { created: 200 }, clients: { created: 100 } } });

  await page.getByRole("link", { name: "See them on the portfolio dashboard" }).click();
  await expect(page).toHaveURL(new RegExp(`/${SLUG}/portfolio`));
  // The dashboard streams in after its loading state; on a busy machine that takes a while.
  await expect(page.getByTestId("headline-accounts")).toContainText("200", { timeout: 60_000 });
  await expect(page.getByTestId("am-load-table")).toContainText("Importer AM 1");
  await screenshot(page, "csv-import-portfolio");
});

test("the accounts export downloads the imported book in the import's format", async ({ page }) => {
  await signIn(page, leaderEmail);
  await page.goto(`/${SLUG}/import`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV: Accounts" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^${SLUG}-accounts-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const bytes = Buffer.concat(await (await file.createReadStream()).toArray());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte-order mark Excel needs
  const lines = bytes.subarray(3).toString("utf8").trim().split("\r\n");
  expect(lines[0]).toBe(
    "client_name,client_tier,client_status,client_industry,client_since,account_name,am_email,account_kind," +
      "monthly_value,complexity,account_status,start_date,renewal_date",
  );
  expect(lines).toHaveLength(201);

  // The lists' own links: the projects page, and an account's check-ins (none yet: just the header).
  await page.goto(`/${SLUG}/projects`);
  await expect(page.getByRole("link", { name: "Export CSV: projects" })).toHaveAttribute(
    "href",
    `/api/agencies/${SLUG}/export/projects`,
  );
  const [account] = await sql(
    `SELECT a."id" FROM "Account" a JOIN "Agency" g ON g."id" = a."agencyId" WHERE g."slug" = $1 LIMIT 1`,
    [SLUG],
  );
  await page.goto(`/${SLUG}/accounts/${account.id}`);
  const checkIns = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV: this account's check-ins" }).click();
  const checkInFile = Buffer.concat(await (await (await checkIns).createReadStream()).toArray());
  expect(checkInFile.subarray(3).toString("utf8")).toMatch(/^occurred_at,client_name,account_name,author,.*\r\n$/);

  const template = await page.request.get("/import-template.csv");
  expect(template.status()).toBe(200);
  expect(await template.text()).toMatch(/^client_name,client_tier/);
});

test("an agency's own spreadsheet: start dates unknown or one date, and (clear) empties a stored value", async ({
  page,
}) => {
  const header = "Company,Tier,Engagement,Account Manager,Monthly Retainer,Renewal,Primary Contact";
  const sheet = (renewal: string) =>
    Buffer.from(
      [
        header,
        `Harbor Books,2,Social,${amEmails[0]},"3,200",${renewal},Lee Park`,
        `Pine & Co,3,SEO,${amEmails[1]},900,,Ana Silva`,
      ].join("\n"),
    );
  await signIn(page, leaderEmail);
  await page.goto(`/${SLUG}/import`);

  await choose(page, "our-book.csv", sheet("2027-06-30"));
  const summary = page.getByTestId("import-summary");
  // Missing start dates no longer refuse the rows (issue 18): "Unknown" is the default, and the preview says so.
  await expect(summary).toContainText("No problems found.");
  const startDate = page.getByTestId("import-start-date");
  await expect(startDate).toContainText("2 new accounts have no start date in the file");
  await expect(startDate).toContainText("They are imported with the start date unknown");
  await expect(startDate.getByRole("radio", { name: "Unknown" })).toBeChecked();
  await expect(page.getByLabel("Monthly value")).toHaveValue("4"); // "Monthly Retainer", matched by its synonym
  await expect(page.getByLabel("Contact name")).toHaveValue("6"); // "Primary Contact"
  await expectNoSeriousAxe(page);
  await screenshot(page, "csv-import-preview-start-date");
  await startDate.getByRole("radio", { name: "A date" }).check();
  await page.getByLabel("Start date of new accounts without one").fill("2026-03-01");
  await expect(startDate).toContainText("They start on 1 Mar 2026.");
  await expect(summary).toContainText("No problems found.");
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 2 rows" })).toBeVisible({ timeout: 30_000 });

  const renewalOf = async () => {
    const [row] = await sql(
      `SELECT a."startDate"::text AS start, a."renewalDate"::text AS renewal FROM "Account" a
       JOIN "Agency" g ON g."id" = a."agencyId" WHERE g."slug" = $1 AND a."name" = 'Social'`,
      [SLUG],
    );
    return row;
  };
  expect(await renewalOf()).toEqual({ start: "2026-03-01", renewal: "2027-06-30" });

  await choose(page, "our-book-cleared.csv", sheet("(clear)"));
  await expect(summary).toContainText("No problems found.");
  await expect(page.getByTestId("import-start-date")).toHaveCount(0); // both accounts exist now
  await expect(page.getByTestId("import-cleared")).toHaveText(
    "Empties 1 stored value marked (clear): Renewal date (1).",
  );
  await expect(page.getByTestId("import-clear-hint")).toContainText("write (clear) in the cell");
  await page.getByText("Rows as read", { exact: true }).click();
  await expect(page.getByTestId("import-sample")).toContainText("(clear) (empties the stored value)");
  await expectNoSeriousAxe(page);
  await screenshot(page, "csv-import-preview-clear");
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 2 rows" })).toBeVisible({ timeout: 30_000 });
  expect(await renewalOf()).toEqual({ start: "2026-03-01", renewal: null });

  // One more new account, left "Unknown": stored with no start date, and its page says so.
  await choose(page, "our-book-more.csv", Buffer.from([header, `Oak Studio,1,Brand,${amEmails[2]},1500,,`].join("\n")));
  await expect(startDate).toContainText("1 new account has no start date in the file");
  await expect(startDate).toContainText("It starts on 1 Mar 2026."); // the date chosen for the last file is kept
  await startDate.getByRole("radio", { name: "Unknown" }).check();
  await expect(startDate).toContainText("It is imported with the start date unknown");
  await screenshot(page, "csv-import-preview-start-unknown", { widths: [1440] });
  await page.getByRole("button", { name: "Import 1 rows" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 1 rows" })).toBeVisible({ timeout: 30_000 });
  const [oak] = await sql(
    `SELECT a."id", a."startDate"::text AS start FROM "Account" a
     JOIN "Agency" g ON g."id" = a."agencyId" WHERE g."slug" = $1 AND a."name" = 'Brand'`,
    [SLUG],
  );
  expect(oak.start).toBeNull();
  await page.goto(`/${SLUG}/accounts/${oak.id}`);
  await expect(page.getByText("Start date unknown", { exact: false })).toBeVisible();
  await screenshot(page, "account-start-unknown", { widths: [1440] });
});
