import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";

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
