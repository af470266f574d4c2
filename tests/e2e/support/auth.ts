import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "accountable-demo";

/** A unique address per run, so tests never collide with earlier runs or with each other. */
export function randomEmail(label: string) {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@e2e.example`;
}

export async function signInThroughForm(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in and waits until the app has landed on an agency page (not the sign-in page). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await signInThroughForm(page, email, password);
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 20_000 });
  await expect(page.getByRole("navigation", { name: "Agency sections" })).toBeVisible();
}
