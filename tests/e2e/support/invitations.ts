import type { Browser, Page } from "@playwright/test";

/** On the members page: invites `email` with the role checkbox `role` ticked, and reads the single-use link. */
export async function createInvitationLink(page: Page, email: string, role: RegExp): Promise<string> {
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("checkbox", { name: role }).check();
  await page.getByRole("button", { name: "Create invitation link" }).click();
  return page.getByLabel("Invitation link").inputValue();
}

/** The invitee opens the link in a browser context of their own (no shared session) and creates their account. */
export async function joinThroughInvitation(
  browser: Browser,
  link: string,
  person: { name: string; email: string; password: string },
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account and join" }).click();
  return page;
}
