import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { pages, SLUG, urlFor } from "./support/every-page";

/**
 * Before React runs (slow network, a script blocked), a click or an Enter reaches no handler. A form then submits
 * natively, and a GET puts every field, passwords too, in the address bar, the history and the server's log. Every
 * control that writes is disabled until hydration, and a form that submits natively all the same posts.
 */
test("a password form cannot be submitted before hydration, and never into the address", async ({ browser }) => {
  const scripted = await browser.newContext();
  await signIn(await scripted.newPage(), "leader@northwind.example");
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies(await scripted.cookies());
  const page = await context.newPage();
  await page.goto("/northwind/account");

  const form = page.getByRole("form", { name: "Change password" });
  await expect(form.getByRole("button", { name: "Change password" })).toBeDisabled();
  await expect(form).toHaveAttribute("method", "post");
  const secret = `not-in-the-url-${Date.now()}`;
  await form.getByLabel("Current password").fill(secret);
  await form.getByLabel("New password").fill(`${secret}-new`);
  await form.getByLabel("New password").press("Enter");
  await page.waitForLoadState("load");
  expect(page.url()).not.toContain(secret);
  expect(page.url()).not.toContain("Password=");
  await scripted.close();
  await context.close();
});

/**
 * The same rule on every page, as a guard for controls written later: a button of type "button" only runs a script, so
 * before hydration (here: never, JavaScript is off) it must be disabled. The shared `Button` does it by itself; a
 * hand-made one needs `useHydrated()`. Submit buttons are their forms' to decide (a GET filter form works without
 * JavaScript). Signed in as the leader, so the agency pages show every control a leader has. Read-only.
 */
test("before hydration, no button that only runs a script can be pressed, on any page", async ({ browser }) => {
  test.setTimeout(pages.length * 10_000);
  const scripted = await browser.newContext();
  await signIn(await scripted.newPage(), `leader@${SLUG}.example`);
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies(await scripted.cookies());
  const page = await context.newPage();
  const pressable: string[] = [];
  for (const route of pages) {
    const url = await urlFor(route);
    await page.goto(url);
    const names = await page
      .locator('button[type="button"]:enabled')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label") ?? b.textContent?.trim() ?? "?"));
    pressable.push(...names.map((name) => `${url}: "${name}"`));
  }
  expect(pages.length).toBeGreaterThanOrEqual(12);
  expect(pressable).toEqual([]);
  await scripted.close();
  await context.close();
});
