import { expect, test } from "@playwright/test";
import { sql } from "./support/database";
import { randomEmail, signIn } from "./support/auth";
import { expectShowsAll, reviewPage } from "./support/review";

/**
 * Commercial health (issue 16). A leader imports a month of timesheets, sees the over-serviced retainer on the
 * dashboard with the value given away, and opens it to see hours against scope; an AM marks the primary contact as
 * left, is told the relationship risk is now critical and to name a new primary, and finds the lead in their pipeline.
 * Runs in an agency of its own (the demo agencies' figures are asserted on by other specs).
 */
const suffix = Date.now().toString(36);
const SLUG = `e2e-commercial-${suffix}`;
const leaderEmail = randomEmail("commercial-leader");
const amEmail = randomEmail("commercial-am");
const CLIENT = "Harbor Retail";
const month = (offset: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
};
let clientId = "";
let accountId = "";

test.setTimeout(180_000);

test.beforeAll(async () => {
  const [agency] = await sql(
    `INSERT INTO "Agency" ("name", "slug", "employeeCount") VALUES ($1, $2, 12) RETURNING "id"`,
    [`Commercial Test ${suffix}`, SLUG],
  );
  const ids: Record<string, string> = {};
  for (const person of [
    { email: leaderEmail, name: "Lena Leader", roles: "{LEADER}" },
    { email: amEmail, name: "Arlo Manager", roles: "{AM}" },
  ]) {
    const [row] = await sql(
      `WITH u AS (
         INSERT INTO "User" ("email", "name", "passwordHash")
         SELECT $1, $2, "passwordHash" FROM "User" WHERE "email" = 'leader@brightside.example' RETURNING "id")
       INSERT INTO "Membership" ("agencyId", "userId", "roles", "isOwner") SELECT $3, u."id", $4::"Role"[], $5 FROM u
       RETURNING "id"`,
      [person.email, person.name, agency.id, person.roles, person.roles === "{LEADER}"],
    );
    ids[person.roles] = row.id;
  }
  const [client] = await sql(
    `INSERT INTO "Client" ("agencyId", "name", "tier") VALUES ($1, $2, 'TIER_1') RETURNING "id"`,
    [agency.id, CLIENT],
  );
  clientId = client.id;
  await sql(
    `INSERT INTO "Contact" ("agencyId", "clientId", "name", "isPrimary") VALUES ($1, $2, 'Pat Primary', true),
       ($1, $2, 'Quinn Second', false), ($1, $2, 'Remy Third', false)`,
    [agency.id, clientId],
  );
  const [account] = await sql(
    `INSERT INTO "Account" ("agencyId", "clientId", "amId", "name", "monthlyValue", "startDate")
     VALUES ($1, $2, $3, 'Social retainer', 4000, '2025-01-01') RETURNING "id"`,
    [agency.id, clientId, ids["{AM}"]],
  );
  accountId = account.id;
  await sql(
    `INSERT INTO "RetainerScope" ("agencyId", "accountId", "monthlyHours", "monthlyFee") VALUES ($1, $2, 40, 4000)`,
    [agency.id, accountId],
  );
  // Last month already ran 10 hours over; this month's timesheets come in through the UI.
  await sql(
    `INSERT INTO "TimesheetEntry" ("agencyId", "accountId", "workDate", "person", "hours", "source")
     VALUES ($1, $2, $3::date, 'Mia Designer', 50, 'IMPORT')`,
    [agency.id, accountId, `${month(-1)}-03`],
  );
});

function timesheet(): Buffer {
  const lines = ["Date,Person,Client,Project,Hours"];
  for (let day = 1; day <= 10; day++) {
    const d = `${month(0)}-${String(day).padStart(2, "0")}`;
    lines.push(`${d},Mia Designer,${CLIENT},Social,3`, `${d},Leo Writer,${CLIENT},Copy,2`);
  }
  return Buffer.from(lines.join("\r\n"));
}

/**
 * Two requests from the client's log; the contact is named as people write names. Neither is absorbed, so the hours
 * given away below stay the timesheets' alone.
 */
function scopeLog(): Buffer {
  return Buffer.from(
    [
      "Date,Client,Requested by,Request,Estimate,Outcome",
      `${month(0)}-04,${CLIENT},quinn second,Two extra banner sizes,3,declined`,
      `${month(0)}-06,${CLIENT},,A landing page for the sale,12,change order`,
    ].join("\r\n"),
  );
}

test("a leader imports a month of timesheets and finds the over-serviced retainer", async ({ page }) => {
  await signIn(page, leaderEmail);
  await page.goto(`/${SLUG}/import`);
  await page
    .getByLabel("Timesheet CSV")
    .setInputFiles({ name: "timesheet.csv", mimeType: "text/csv", buffer: timesheet() });
  const preview = page.getByTestId("timesheet-preview");
  await expect(preview).toContainText("20 rows, 50 hours");
  await reviewPage(page, "commercial-timesheet-preview");
  await page.getByRole("button", { name: "Import timesheets" }).click();
  await expect(page.getByText(/Imported 20 rows: 20 new entries/)).toBeVisible({ timeout: 30_000 });

  // Scope requests come in the same way, from the agency's own log.
  await page
    .getByLabel("Scope requests CSV")
    .setInputFiles({ name: "requests.csv", mimeType: "text/csv", buffer: scopeLog() });
  await expect(page.getByTestId("scope-import-preview")).toContainText("2 rows — 2 new requests");
  await reviewPage(page, "commercial-scope-import-preview");
  await page.getByRole("button", { name: "Import scope requests" }).click();
  await expect(page.getByText(/Imported 2 rows: 2 new requests/)).toBeVisible({ timeout: 30_000 });

  await page.goto(`/${SLUG}/portfolio`);
  const givenAway = page.locator("#time-given-away");
  await expect(givenAway.getByTestId("given-away-total")).toContainText("20 h given away, worth $2,000", {
    timeout: 60_000,
  });
  await expect(givenAway.getByTestId("given-away-by-client")).toContainText(CLIENT);
  await expect(
    page.getByText(/ran more than 10% over its 40 h a month in 2 of the last 3 months/).first(),
  ).toBeVisible();
  await reviewPage(page, "commercial-dashboard");

  await page
    .getByRole("link", { name: new RegExp(`${CLIENT}.*Social retainer`) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${accountId}`), { timeout: 60_000 });
  const hours = page.getByTestId("hours-against-scope");
  await expect(hours).toBeVisible({ timeout: 60_000 });
  await expectShowsAll(hours.locator(`tr[data-month="${month(0)}"]`), "50 h", "+10 h (over)");
  await expect(page.getByTestId("retainer-scope")).toContainText("40 h");
  await expectShowsAll(page.getByTestId("scope-requests"), "Two extra banner sizes", "Quinn Second");
  await reviewPage(page, "commercial-account");

  // The full, paged value history behind the account page's short list.
  await page.goto(`/${SLUG}/accounts/${accountId}/value-history`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Value history");
  await expect(page.getByTestId("value-history")).toContainText("Created");
  await expect(page.getByTestId("pager-count")).toContainText("1 value change");
  await reviewPage(page, "commercial-value-history");
});

test("an AM marks the primary contact as left and finds the lead in their pipeline", async ({ page }) => {
  await signIn(page, amEmail);
  await page.goto(`/${SLUG}/clients/${clientId}`);
  await page.getByRole("button", { name: "Moved on Pat Primary" }).click();
  const form = page.getByRole("form", { name: "Pat Primary has left the client" });
  await form.getByLabel("New company (if known)").fill("Lakeside Goods");
  await form.getByLabel("New role (if known)").fill("CMO");
  await form.getByRole("button", { name: "Mark as left" }).click();
  const outcome = page.getByRole("status").filter({ hasText: "Pat Primary is marked as left" });
  await expectShowsAll(outcome, "name a new primary contact", "Relationship risk (critical)");
  await reviewPage(page, "commercial-contact-left");

  await outcome.getByRole("link", { name: "see the leads" }).click();
  await expectShowsAll(page.getByTestId("lead-list"), "Lakeside Goods", "Pat Primary, CMO");
  // The lead is an opportunity of the pipeline: its AM moves it like one.
  await page.getByLabel("Stage of Lakeside Goods").selectOption("QUALIFIED");
  await page.getByRole("button", { name: "Move Lakeside Goods to Qualified" }).click();
  const lead = page.getByTestId("lead-list").locator("p").filter({ hasText: "Pat Primary, CMO" });
  await expect(lead).toContainText("Qualified", { timeout: 30_000 });
  await reviewPage(page, "commercial-am-leads");

  // The client page says where the departed contact went.
  await page.goto(`/${SLUG}/clients/${clientId}`);
  await expect(page.getByTestId("contact-departure")).toContainText("now CMO at Lakeside Goods");
  await reviewPage(page, "commercial-client-departed");
});
