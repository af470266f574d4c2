import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";

/**
 * Acceptance (issue 14): the README's first command shows demo follow-ups, an inbox with items and a caught demo
 * digest. The first start runs seedDemo, then seedDemoNotifications with no SMTP_URL (scripts/embedded-setup.ts);
 * this runs the same two on PostgreSQL, at 05:00 UTC (before the AM digest's send hour) with mail caught in a temp
 * folder, and reads back what a newcomer would see, then checks a second start adds nothing.
 */
const { catchDir } = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir: tmp } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmp(), "demo-mail-"));
  process.env.NEXTAUTH_SECRET = "test-secret-for-demo-digests-0123456789";
  process.env.MAIL_CATCH_DIR = dir;
  delete process.env.SMTP_URL;
  return { catchDir: dir };
});

const { seedDemo } = await import("../../prisma/seed/index");
const { seedDemoNotifications } = await import("../../prisma/seed/notifications");
const { listCaughtMail, readCaughtMail } = await import("../../lib/mail/caught");

const EARLY = new Date("2026-06-17T05:00:00Z"); // a Wednesday, before 07:00 in the demo agencies' time zones
let db: AppTestDatabase;

beforeAll(async () => {
  db = await useAppTestDatabase();
  await seedDemo(db.admin, { today: EARLY });
});
afterAll(async () => {
  await db?.close();
  await rm(catchDir, { recursive: true, force: true });
});

const inboxOf = async (email: string, slug: string) =>
  db.admin.notification.findMany({
    where: { user: { email }, agency: { slug } },
    select: { event: true, title: true, readAt: true },
  });

describe("the demo's first start", () => {
  it("has follow-ups, inboxes with items and a caught weekly and daily digest, once", async () => {
    const result = await seedDemoNotifications(db.admin, EARLY);
    expect(result.leader).toBeGreaterThanOrEqual(1);
    expect(result.am).toBeGreaterThanOrEqual(1);
    expect(result.sent).toBeGreaterThanOrEqual(result.leader + result.am);

    const open = await db.admin.followUp.count({ where: { agency: { slug: "brightside" }, status: "OPEN" } });
    expect(open).toBeGreaterThan(0);

    // The README's sign-ins: the leader of all three agencies and Brightside's AM both have unread items.
    const leader = await inboxOf("leader@demo.example", "brightside");
    expect(leader.map((n) => n.event)).toContain("digest.leader_weekly");
    const am = await inboxOf("am@brightside.example", "brightside");
    expect(am.map((n) => n.event)).toEqual(expect.arrayContaining(["followup.assigned", "digest.am_daily"]));
    expect([...leader, ...am].every((n) => n.readAt === null)).toBe(true);

    // Caught as .eml files, listed by the /dev/mail page's reader.
    const files = await listCaughtMail(catchDir, 500);
    expect(files.length).toBe(result.sent);
    const mails = await Promise.all(files.map(async (f) => simpleParser((await readCaughtMail(f, catchDir))!)));
    const subjects = mails.map((m) => `${JSON.stringify(m.to)} ${m.subject}`);
    expect(subjects.some((s) => s.includes("leader@demo.example") && s.includes("your weekly digest"))).toBe(true);
    expect(subjects.some((s) => s.includes("am@brightside.example") && / due \(2026-06-16\)/.test(s))).toBe(true);
    const weekly = mails.find((m) => m.subject?.includes("your weekly digest"))!;
    expect(weekly.html).toContain("<h1");
    expect(weekly.text).toContain("Overdue check-ins:");

    // A second start (embedded-setup runs on every `npm run demo`) sends nothing again.
    expect(await seedDemoNotifications(db.admin, EARLY)).toEqual({ leader: 0, am: 0, sent: 0 });
    expect(await listCaughtMail(catchDir, 500)).toHaveLength(files.length);
    expect(await readFile(path.join(catchDir, files[0]!), "utf8")).toContain("Subject:");
  });
});

describe("the /dev/mail page", () => {
  it("answers in development and under `npm run demo`, never in a plain production start", async () => {
    const { caughtMailPageEnabled } = await import("../../lib/mail/caught");
    expect(caughtMailPageEnabled({ NODE_ENV: "development", MAIL_CATCH_PAGE: "off" })).toBe(true);
    expect(caughtMailPageEnabled({ NODE_ENV: "production", MAIL_CATCH_PAGE: "off" })).toBe(false);
    expect(caughtMailPageEnabled({ NODE_ENV: "production", MAIL_CATCH_PAGE: "on" })).toBe(true);
  });
});
