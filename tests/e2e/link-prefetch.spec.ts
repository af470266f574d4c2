import { expect, test, type Request } from "@playwright/test";
import { signIn } from "./support/auth";

/**
 * A page view is one page render: links prefetch their route when a pointer or the keyboard reaches them, not when
 * they scroll into view (components/ui/link.tsx). Before, the accounts list's view asked the server for 61 renders.
 */
test("a list page's view prefetches no link; pointing at a link prefetches that one", async ({ page }) => {
  await signIn(page, "leader@northwind.example");
  const prefetches: Request[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetches.push(request);
  });

  await page.goto("/northwind/accounts");
  await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(prefetches.map((request) => request.url())).toEqual([]);

  await page
    .getByRole("navigation", { name: "Agency sections" })
    .getByRole("link", { name: "Clients", exact: true })
    .hover();
  await expect.poll(() => prefetches.map((request) => new URL(request.url()).pathname)).toContain("/northwind/clients");
});
