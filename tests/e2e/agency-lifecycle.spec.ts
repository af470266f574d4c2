import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import pg from "pg";
import { seriousWcagViolations } from "./support/axe";
import { randomEmail } from "./support/auth";
import { createInvitationLink, joinThroughInvitation } from "./support/invitations";
import { screenshot } from "./support/screenshot";

/**
 * The owner's own data (issue 19, item 5), on an agency this test signs up (never a demo agency: specs share one
 * database): download the archive, refuse a wrong name, delete the agency, and every other agency's rows are
 * exactly as they were (a digest of every row outside the deleted agency, read straight from the database).
 */
const SLOW = { timeout: 20_000 };

async function othersDigest(agencyId: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ t: string }>(
      `SELECT table_name::text AS t FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name = 'agencyId' AND table_name <> 'AgencyDeletion' ORDER BY 1`,
    );
    const out: Record<string, string> = {};
    for (const { t } of [...tables, { t: "Agency" }]) {
      const column = t === "Agency" ? "id" : "agencyId";
      const { rows } = await client.query<{ d: string }>(
        `SELECT count(*)::text || ':' || coalesce(md5(string_agg(x::text, ',' ORDER BY x::text)), '') AS d
         FROM "${t}" x WHERE x."${column}" <> $1::uuid`,
        [agencyId],
      );
      out[t] = rows[0]!.d;
    }
    return out;
  } finally {
    await client.end();
  }
}

async function agencyIdOf(slug: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "Agency" WHERE "slug" = $1`, [slug]);
    return rows[0]?.id ?? null;
  } finally {
    await client.end();
  }
}

test("the owner downloads the archive, hands ownership to a new leader, who deletes the throwaway agency; other agencies are untouched", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const suffix = Math.random().toString(36).slice(2, 8);
  const name = `Throwaway ${suffix}`;
  const slug = `throwaway-${suffix}`;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Olive Owner");
  await page.getByLabel("Work email").fill(randomEmail("owner"));
  await page.getByLabel("Password").fill("correct-horse-battery");
  await page.getByLabel("Agency name").fill(name);
  await page.getByLabel("Employees").fill("6");
  await page.getByRole("button", { name: "Create agency" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}$`), SLOW);
  const agencyId = (await agencyIdOf(slug))!;
  expect(agencyId).toBeTruthy();

  await page.goto(`/${slug}/settings`);
  const danger = page.locator("#danger");
  await expect(danger.getByRole("heading", { name: "Delete the agency" })).toBeVisible();
  // No other leader yet: the transfer form says how to get one instead of offering an empty list.
  await expect(danger.getByRole("link", { name: "Make a member a leader" })).toBeVisible();
  expect(await seriousWcagViolations(page)).toEqual([]);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the archive" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${slug}-archive-\\d{4}-\\d\\d-\\d\\d\\.zip$`));
  const files = unzipSync(readFileSync((await download.path())!));
  const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"])) as { agency: { name: string } };
  expect(manifest.agency.name).toBe(name);
  expect(Object.keys(files)).toEqual(expect.arrayContaining(["tables/AuditEvent.csv", "import/accounts.csv"]));

  // A second leader joins through an invitation; the owner hands ownership to them and loses the danger zone.
  await page.goto(`/${slug}/members`);
  const heirEmail = randomEmail("heir");
  const link = await createInvitationLink(page, heirEmail, /Leader/);
  const heir = await joinThroughInvitation(browser, link, {
    name: "Harry Heir",
    email: heirEmail,
    password: "correct-horse-battery",
  });
  await expect(heir).toHaveURL(new RegExp(`/${slug}$`), SLOW);

  await page.goto(`/${slug}/settings`);
  const transfer = page.getByRole("form", { name: "Transfer ownership" });
  await transfer.getByLabel("New owner").selectOption({ label: `Harry Heir (${heirEmail})` });
  await page.locator("#danger").scrollIntoViewIfNeeded();
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.locator("#danger").screenshot({ path: `tests/e2e/screenshots/settings-transfer-${width}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await transfer.getByRole("button", { name: "Transfer ownership" }).click();
  await expect(page.locator("#danger")).toContainText("Only the owner, Harry Heir, can", SLOW);
  await expect(page.getByRole("form", { name: "Delete the agency" })).toHaveCount(0);

  const before = await othersDigest(agencyId);
  await heir.goto(`/${slug}/settings`);
  const form = heir.getByRole("form", { name: "Delete the agency" });
  await form.getByLabel(/Type the agency's name/).fill(name.toLowerCase());
  await form.getByRole("button", { name: "Delete this agency" }).click();
  await expect(form.getByText(`Type the agency's name exactly: ${name}`)).toBeVisible(SLOW);
  await screenshot(heir, "settings-danger-zone");
  expect(await agencyIdOf(slug)).toBe(agencyId);

  await form.getByLabel(/Type the agency's name/).fill(name);
  await form.getByRole("button", { name: "Delete this agency" }).click();
  await expect(heir).toHaveURL(/\/$/, SLOW);
  expect(await agencyIdOf(slug)).toBeNull();
  // Neither had another agency, so both sessions ended; the agency's pages are gone either way.
  for (const who of [heir, page]) {
    const response = await who.goto(`/${slug}/settings`);
    expect(who.url().includes("/sign-in") || response?.status() === 404).toBe(true);
  }
  expect(await othersDigest(agencyId)).toEqual(before);
});
