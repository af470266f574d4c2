import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { revealLazyChart } from "./support/lazy-chart";
import { screenshot } from "./support/screenshot";

/**
 * The nonce-based Content-Security-Policy (proxy.ts) must not break the app: no CSP violation on the sign-in page or
 * the dashboard, the client-side sign-in works (it needs the page's scripts) and the charts render.
 */
test("sign-in and the dashboard run under the nonce CSP with no violation", async ({ page }) => {
  test.setTimeout(180_000); // a full-page photograph of the dashboard is slow on a busy machine
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to (execute|load|apply)/i.test(message.text()))
      violations.push(message.text());
  });
  const response = await page.goto("/sign-in");
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(policy.split(";").find((d) => d.includes("script-src"))).not.toContain("unsafe-inline");
  await screenshot(page, "csp-sign-in", { widths: [1440] });

  await signIn(page, "leader@northwind.example");
  await page.goto("/northwind/portfolio");
  // The dashboard's one recharts chart loads when it scrolls into view: bring it there, then it must render.
  await revealLazyChart(page, "#guideline-history", page.locator(".recharts-surface").first());
  await screenshot(page, "csp-dashboard", { widths: [1440] });
  expect(violations).toEqual([]);
});
