import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { seriousWcagViolations } from "./support/axe";
import { sql } from "./support/database";
import { DEMO_PASSWORD, signIn } from "./support/auth";
import { screenshot } from "./support/screenshot";

/**
 * People (issue 15) in a browser, in an agency of this spec's own (the demo stays as it was): a leader sets an AM's
 * level and records a 1:1 with an agreed action; the AM sees it and ticks the action; the leader hands over an AM
 * with 8 accounts and deactivates them, and no account is left without an AM.
 */
type World = {
  slug: string;
  leader: string;
  am: string;
  amId: string;
  leaverId: string;
  leaverName: string;
  agencyId: string;
};
let world: World;

// Each test signs in twice and writes several times: generous on a loaded machine.
test.describe.configure({ timeout: 240_000 });

async function one<T>(text: string, values: unknown[] = []): Promise<T> {
  const [row] = await sql<T>(text, values);
  if (!row) throw new Error(`no row: ${text}`);
  return row;
}

test.beforeAll(async () => {
  const suffix = randomUUID().slice(0, 8);
  const { hash } = await one<{ hash: string }>(
    `SELECT "passwordHash" AS hash FROM "User" WHERE "email" = 'leader@northwind.example'`,
  );
  const { id: agencyId } = await one<{ id: string }>(
    `INSERT INTO "Agency" ("name", "slug", "employeeCount") VALUES ($1, $2, 40) RETURNING "id"`,
    [`People ${suffix}`, `people-${suffix}`],
  );
  const member = async (label: string, roles: string, isOwner = false) => {
    const email = `${label}-${suffix}@people-e2e.example`;
    const { id: userId } = await one<{ id: string }>(
      `INSERT INTO "User" ("email", "name", "passwordHash") VALUES ($1, $2, $3) RETURNING "id"`,
      [email, `${label[0]!.toUpperCase()}${label.slice(1)} ${suffix.slice(0, 4)}`, hash],
    );
    const { id } = await one<{ id: string }>(
      `INSERT INTO "Membership" ("agencyId", "userId", "roles", "isOwner") VALUES ($1, $2, $3::"Role"[], $4) RETURNING "id"`,
      [agencyId, userId, roles, isOwner],
    );
    return { email, id, name: `${label[0]!.toUpperCase()}${label.slice(1)} ${suffix.slice(0, 4)}` };
  };
  const leader = await member("leader", "{LEADER}", true);
  const am = await member("riley", "{AM}");
  const leaver = await member("leaver", "{AM}");
  const receivers = [await member("quinn", "{AM}"), await member("morgan", "{AM}")];
  // A KPI defined on a member: the one definition the ladder can link a level to.
  await sql(
    `INSERT INTO "Kpi" ("agencyId", "membershipId", "name", "unit", "target") VALUES ($1, $2, 'Client retention', '%', 95)`,
    [agencyId, am.id],
  );
  const { id: clientId } = await one<{ id: string }>(
    `INSERT INTO "Client" ("agencyId", "name", "tier") VALUES ($1, 'Harbor Foods', 'TIER_1') RETURNING "id"`,
    [agencyId],
  );
  await sql(
    `INSERT INTO "Contact" ("agencyId", "clientId", "name", "title", "isPrimary") VALUES ($1, $2, 'Dana Fox', 'CMO', true)`,
    [agencyId, clientId],
  );
  for (let i = 1; i <= 8; i++) {
    await sql(
      `INSERT INTO "Account" ("agencyId", "clientId", "amId", "name", "startDate") VALUES ($1, $2, $3, $4, '2026-01-01')`,
      [agencyId, clientId, leaver.id, `Retainer ${i}`],
    );
  }
  for (const [n, receiver] of receivers.entries()) {
    for (let i = 1; i <= 2; i++) {
      await sql(
        `INSERT INTO "Account" ("agencyId", "clientId", "amId", "name", "startDate") VALUES ($1, $2, $3, $4, '2026-01-01')`,
        [agencyId, clientId, receiver.id, `Existing ${n}-${i}`],
      );
    }
  }
  world = {
    slug: `people-${suffix}`,
    leader: leader.email,
    am: am.email,
    amId: am.id,
    leaverId: leaver.id,
    leaverName: leaver.name,
    agencyId,
  };
});

/** The new pages pass axe too (they are also in a11y-every-page.spec.ts, which finds every route). */
async function expectAxeClean(page: Page) {
  expect(await seriousWcagViolations(page)).toEqual([]);
}

async function as(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD);
  return { page, close: () => context.close() };
}

test("a leader sets a level and records a 1:1; the AM sees it and ticks the action", async ({ browser }) => {
  const leader = await as(browser, world.leader);
  const { page } = leader;
  await page.goto(`/${world.slug}/people/${world.amId}`);
  await page.getByLabel("Level", { exact: true }).selectOption({ label: "Senior Account Manager" });
  await page.getByRole("button", { name: "Save level" }).click();
  await expect(page.getByText("Level saved.")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("person-summary")).toContainText("Senior Account Manager", { timeout: 30_000 });

  const form = page.getByRole("form", { name: "Record a 1:1" });
  await form.getByLabel("Topics").fill("Workload and the Harbor renewal");
  await form.getByLabel("Coaching notes (optional)").fill("Lead the pricing conversation yourself.");
  await form.getByLabel("Agreed actions (optional)").fill("Send the renewal recap");
  await form.getByRole("button", { name: "Record 1:1" }).click();
  await expect(page.getByText("1:1 recorded.")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("one-on-ones")).toContainText("Workload and the Harbor renewal", { timeout: 30_000 });
  await expectAxeClean(page);
  await screenshot(page, "people-person-leader");
  await page.goto(`/${world.slug}/people`);
  await expect(page.getByTestId("people-table")).toContainText("Senior Account Manager", { timeout: 30_000 });
  await expectAxeClean(page);
  await screenshot(page, "people-list");
  await page.goto(`/${world.slug}/people/ladder`);
  const kpis = page.getByRole("form", { name: "KPIs of Account Manager" });
  await kpis.getByRole("checkbox", { name: /Client retention/ }).check();
  await kpis.getByRole("button", { name: "Save KPIs" }).click();
  await expect(kpis.getByText("KPIs linked.")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("ladder")).toContainText("Client retention on 1 member", { timeout: 30_000 });
  await expectAxeClean(page);
  await screenshot(page, "people-ladder");
  await page.goto(`/${world.slug}/portfolio/ams/${world.amId}`);
  await expect(page.getByTestId("structural-review")).toBeVisible({ timeout: 30_000 });
  await expectAxeClean(page);
  await screenshot(page, "people-am-review");
  await leader.close();

  const am = await as(browser, world.am);
  await am.page.goto(`/${world.slug}/people/${world.amId}`);
  await expect(am.page.getByTestId("one-on-ones")).toContainText("Lead the pricing conversation yourself.", {
    timeout: 30_000,
  });
  const tick = am.page.getByRole("checkbox", { name: "Send the renewal recap" });
  // The box shows the tick at once (optimistic); reload only once the server action has answered.
  const saved = am.page.waitForResponse((r) => r.request().method() === "POST", { timeout: 30_000 });
  await tick.check();
  await expect(tick).toBeChecked({ timeout: 30_000 });
  await saved;
  await am.page.reload();
  await expect(am.page.getByRole("checkbox", { name: "Send the renewal recap" })).toBeChecked({ timeout: 30_000 });
  await expectAxeClean(am.page);
  await screenshot(am.page, "people-person-am");
  await am.close();
  const { done } = await one<{ done: boolean }>(
    `SELECT bool_and("doneAt" IS NOT NULL) AS done FROM "OneOnOneAction" WHERE "agencyId" = $1`,
    [world.agencyId],
  );
  expect(done).toBe(true);
});

test("the leader hands over an AM with 8 accounts and deactivates them; no account is left without an AM", async ({
  browser,
}) => {
  const leader = await as(browser, world.leader);
  const { page } = leader;
  // The members page offers the handover, not a bare "Deactivate", for someone who still owns accounts.
  await page.goto(`/${world.slug}/members`);
  await expect(page.getByRole("link", { name: `Hand over and deactivate ${world.leaverName}` })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole("button", { name: `Deactivate ${world.leaverName}` })).toHaveCount(0);
  await expectAxeClean(page);
  await screenshot(page, "people-members-handover");
  await page.getByRole("link", { name: `Hand over and deactivate ${world.leaverName}` }).click();
  await expect(page.getByTestId("handover-accounts").locator(":scope > li")).toHaveCount(8, { timeout: 30_000 });
  await expect(page.getByTestId("handover-accounts")).toContainText("Dana Fox (primary), CMO", { timeout: 30_000 });
  await expectAxeClean(page);
  await screenshot(page, "people-handover");
  await page.getByRole("button", { name: "Apply handover and deactivate" }).click();
  await expect(page).toHaveURL(new RegExp(`/${world.slug}/people$`), { timeout: 30_000 });
  await leader.close();
  const orphans = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Account" a JOIN "Membership" m ON m."id" = a."amId"
     WHERE a."agencyId" = $1 AND (NOT m."active" OR a."amId" = $2)`,
    [world.agencyId, world.leaverId],
  );
  expect(orphans[0]!.n).toBe(0);
  const { active } = await one<{ active: boolean }>(`SELECT "active" FROM "Membership" WHERE "id" = $1`, [
    world.leaverId,
  ]);
  expect(active).toBe(false);
});
