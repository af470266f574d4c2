import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { startTestSmtp, type TestSmtp } from "../support/smtp";

/**
 * Acceptance (issue 14): digests and the outbox against real PostgreSQL and a real SMTP server started here.
 * The demo seed is the "seeded agency"; every job is called directly, twice at once where idempotency matters.
 */
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "test-secret-for-unsubscribe-links-0123456789";
});

const { seedDemo } = await import("../../prisma/seed/index");
const { runLeaderDigests, runAmDigests, deliverPendingNotifications, notify } =
  await import("../../lib/notifications/jobs");
const { figuresOf, dueCheckIns } = await import("../../lib/notifications/digests");
const { loadPortfolioData } = await import("../../lib/domain/portfolio/load-portfolio");
const { unsubscribeWithToken } = await import("../../lib/notifications/unsubscribe");
const { withTenant } = await import("../../lib/db/tenant");

const MONDAY = new Date("2026-06-15T09:00:00Z");
const DAY = 86_400_000;
const at = (days: number, minutes = 0) => new Date(MONDAY.getTime() + days * DAY + minutes * 60_000);
const LEADER = "leader@brightside.example";

const header = (mail: { headerLines: readonly { key: string; line: string }[] }, key: string) =>
  mail.headerLines.find((h) => h.key === key)?.line ?? "";

let db: AppTestDatabase;
let smtp: TestSmtp;
let brightside: { id: string; slug: string };
let scope: string[];
const deliver = (now: Date) => deliverPendingNotifications({ now, agencyIds: scope, mail: { smtpUrl: smtp.url } });
// Brightside and Northwind (Meridian's 24 AMs would only slow the file down on a busy machine).
const leaderRun = (now: Date) => runLeaderDigests({ now, agencyIds: scope });
const amRun = (now: Date) => runAmDigests({ now, agencyIds: scope });

beforeAll(async () => {
  db = await useAppTestDatabase();
  await seedDemo(db.admin, { today: MONDAY });
  await db.admin.agency.updateMany({ data: { timeZone: "UTC", weekStart: "MONDAY" } });
  brightside = await db.admin.agency.findUniqueOrThrow({
    where: { slug: "brightside" },
    select: { id: true, slug: true },
  });
  const northwind = await db.admin.agency.findUniqueOrThrow({ where: { slug: "northwind" }, select: { id: true } });
  scope = [brightside.id, northwind.id];
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp?.close();
  await db?.close();
});

describe("the weekly leader digest", () => {
  it("arrives once, on the leader's day, with the dashboard's figures, HTML + text and a one-click unsubscribe", async () => {
    expect(await leaderRun(at(-1))).toEqual({ created: 0, skipped: 0 }); // Sunday: nobody's day
    const report = await leaderRun(MONDAY);
    expect(report.created).toBeGreaterThanOrEqual(2);
    expect(await deliver(MONDAY)).toMatchObject({ failed: 0, retrying: 0 });

    const expected = figuresOf(await loadPortfolioData(brightside.id, null, MONDAY), MONDAY);
    expect(expected.overloadedAms.length + expected.renewalsAtRisk.length + expected.overdueCheckIns).toBeGreaterThan(
      0,
    );
    const [mail, ...rest] = smtp.to(LEADER);
    expect(rest).toHaveLength(0);
    expect(mail!.subject).toBe("Brightside Studio: your weekly digest (2026-06-15)");
    const text = mail!.text!;
    expect(text).toContain(`Overloaded AMs: ${expected.overloadedAms.length}\n`);
    expect(text).toContain(`Renewals at risk: ${expected.renewalsAtRisk.length}\n`);
    expect(text).toContain(`Overdue check-ins: ${expected.overdueCheckIns}\n`);
    expect(text).toContain(`Off-track projects: ${expected.offTrackProjects.length}\n`);
    for (const am of expected.overloadedAms) expect(text).toContain(`- ${am.name} (http`);
    expect(mail!.html).toContain("<h1");
    expect(mail!.html).not.toContain("<table");
    expect(header(mail!, "list-unsubscribe")).toMatch(/\/unsubscribe\//);
  });

  it("next week shows what changed: a project back on track, the overdue delta", async () => {
    const before = figuresOf(await loadPortfolioData(brightside.id, null, MONDAY), MONDAY);
    const project = before.offTrackProjects[0];
    expect(project).toBeDefined();
    await db.admin.project.update({ where: { id: project!.id }, data: { status: "ON_TRACK" } });
    await leaderRun(at(7));
    await deliver(at(7));
    const after = figuresOf(await loadPortfolioData(brightside.id, null, at(7)), at(7));
    const mail = smtp.to(LEADER).find((m) => m.subject?.includes("2026-06-22"));
    const text = mail!.text!;
    expect(text).toContain(`Off-track projects: ${after.offTrackProjects.length} (−1 since last week)`);
    const change = after.overdueCheckIns - before.overdueCheckIns;
    const signed = change === 0 ? "no change" : change > 0 ? `+${change}` : `−${-change}`;
    expect(text).toContain(`Overdue check-ins: ${after.overdueCheckIns} (${signed} since last week)`);
    expect(text).toContain(`Projects back on track\n- ${project!.name}`);
  });

  it("two runners at once create and send each digest once", async () => {
    const sentBefore = smtp.messages.length;
    const [one, two] = await Promise.all([leaderRun(at(14)), leaderRun(at(14))]);
    const leaders = await db.admin.digest.count({
      where: { agencyId: { in: scope }, kind: "LEADER_WEEKLY", periodKey: "2026-06-29" },
    });
    expect(one.created + two.created).toBe(leaders);
    await Promise.all([deliver(at(14)), deliver(at(14))]);
    const fresh = smtp.messages.slice(sentBefore);
    expect(fresh).toHaveLength(leaders);
    expect(new Set(fresh.map((m) => `${JSON.stringify(m.to)}|${m.subject}`)).size).toBe(leaders);
  });
});

describe("the daily AM digest", () => {
  it("lists exactly the AM's check-ins due today or overdue, and unsubscribing stops the e-mail", async () => {
    // Independent of the digest code: each AM's live accounts whose last check-in is at least a cadence ago.
    const agency = await db.admin.agency.findUniqueOrThrow({ where: { id: brightside.id } });
    const cadence = {
      TIER_1: agency.cadenceTier1Days,
      TIER_2: agency.cadenceTier2Days,
      TIER_3: agency.cadenceTier3Days,
    };
    const ams = await db.admin.membership.findMany({
      where: { agencyId: brightside.id, roles: { has: "AM" }, active: true },
      select: { id: true, userId: true, user: { select: { email: true } } },
      orderBy: { id: "asc" },
    });
    const dueFor = async (amId: string) => {
      const accounts = await db.admin.account.findMany({
        where: { agencyId: brightside.id, amId, status: { in: ["ACTIVE", "AT_RISK"] } },
        select: { name: true, client: { select: { tier: true } }, checkIns: { select: { occurredAt: true } } },
      });
      return accounts
        .filter((a) => {
          if (a.checkIns.length === 0) return true;
          const last = new Date(Math.max(...a.checkIns.map((c) => c.occurredAt.getTime())));
          const lastDay = Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), last.getUTCDate());
          return (Date.UTC(2026, 5, 15) - lastDay) / DAY >= cadence[a.client.tier];
        })
        .map((a) => a.name)
        .sort();
    };
    const expectations = await Promise.all(ams.map(async (m) => ({ am: m, due: await dueFor(m.id) })));
    const withDue = expectations.find((e) => e.due.length > 0);
    expect(withDue).toBeDefined();
    const { am, due: expected } = withDue!;
    const others = expectations.filter((e) => e.am.id !== am.id);
    expect(expected.length).toBeGreaterThan(0);

    await Promise.all([amRun(MONDAY), amRun(MONDAY)]);
    await deliver(MONDAY);
    const mails = smtp.to(am.user.email).filter((m) => m.subject?.includes("due"));
    expect(mails).toHaveLength(1);
    for (const other of others) {
      expect(smtp.to(other.am.user.email).filter((m) => m.subject?.includes("due"))).toHaveLength(
        other.due.length > 0 ? 1 : 0,
      );
    }
    const listed = [...mails[0]!.text!.matchAll(/^- (.+?): (?:last|never)/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(expected);
    const data = await loadPortfolioData(brightside.id, null, MONDAY);
    expect(
      dueCheckIns(data, am.id, MONDAY)
        .map((d) => d.name)
        .sort(),
    ).toEqual(expected);

    const link = /Stop these e-mails: (\S+)/.exec(mails[0]!.text!)![1]!;
    expect(header(mails[0]!, "list-unsubscribe")).toContain(link);
    expect(header(mails[0]!, "list-unsubscribe-post")).toContain("List-Unsubscribe=One-Click");
    const token = link.split("/unsubscribe/")[1]!;
    expect(await unsubscribeWithToken(token)).toMatchObject({ ok: true });
    expect(await unsubscribeWithToken(token)).toMatchObject({ ok: true }); // idempotent
    expect(await unsubscribeWithToken(`${token}x`)).toEqual({ ok: false });
    const audits = await db.admin.auditEvent.findMany({
      where: { action: "notification.unsubscribed", actorId: am.userId },
    });
    expect(audits).toHaveLength(1);
    expect(JSON.stringify({ ...audits[0], id: null })).not.toContain(token);

    await amRun(at(1));
    await deliver(at(1));
    expect(smtp.to(am.user.email).filter((m) => m.subject?.includes("due"))).toHaveLength(1);
    // The inbox still gets it: only e-mail was switched off.
    const inbox = await db.admin.notification.count({ where: { userId: am.userId, event: "digest.am_daily" } });
    expect(inbox).toBe(2);
  });
});

describe("the daily AM digest's follow-ups", () => {
  it("lists exactly the AM's open follow-ups due today or overdue, beside the check-ins", async () => {
    const THURSDAY = at(3); // 2026-06-18: the seed's check-in follow-ups (due in 3 days) fall due today
    const ams = await db.admin.membership.findMany({
      where: { agencyId: brightside.id, roles: { has: "AM" }, active: true },
      select: { id: true, userId: true, user: { select: { email: true } } },
      orderBy: { id: "asc" },
    });
    const unsubscribed = await db.admin.notificationPreference.findMany({
      where: { agencyId: brightside.id, event: "digest.am_daily", email: false },
      select: { userId: true },
    });
    const am = ams.find((m) => !unsubscribed.some((u) => u.userId === m.userId));
    const other = ams.find((m) => m.id !== am?.id);
    expect(am && other).toBeDefined();
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    const manual = (assigneeId: string, title: string, dueDate: string, status: "OPEN" | "DONE" = "OPEN") => ({
      agencyId: brightside.id,
      assigneeId,
      title,
      dueDate: day(dueDate),
      status,
      closedAt: status === "DONE" ? THURSDAY : null,
    });
    await db.admin.followUp.createMany({
      data: [
        manual(am!.id, "Call the CFO about the renewal", "2026-06-18"),
        manual(am!.id, "Send the QBR deck", "2026-06-16"),
        manual(am!.id, "Already done", "2026-06-17", "DONE"),
        manual(am!.id, "Plan next quarter", "2026-06-19"),
        manual(other!.id, "Someone else's call", "2026-06-18"),
      ],
    });
    // Independent of the digest code: the AM's open follow-ups due on or before today.
    const expected = (
      await db.admin.followUp.findMany({
        where: { agencyId: brightside.id, assigneeId: am!.id, status: "OPEN", dueDate: { lte: day("2026-06-18") } },
        select: { title: true },
      })
    )
      .map((f) => f.title)
      .sort();
    expect(expected).toEqual(expect.arrayContaining(["Call the CFO about the renewal", "Send the QBR deck"]));

    await Promise.all([amRun(THURSDAY), amRun(THURSDAY)]);
    await deliver(THURSDAY);
    const mails = smtp.to(am!.user.email).filter((m) => m.subject?.includes("(2026-06-18)"));
    expect(mails).toHaveLength(1);
    const text = mails[0]!.text!;
    expect(mails[0]!.subject).toMatch(new RegExp(`${expected.length} follow-ups? due`));
    const section = text.split("\n\nFollow-ups due\n")[1]!.split("\n\n")[0]!;
    const listed = [...section.matchAll(/^- (.+): (?:due today|overdue since \d{4}-\d{2}-\d{2}) \(/gm)].map(
      (m) => m[1],
    );
    expect(listed.sort()).toEqual(expected);
    expect(section).toContain("- Call the CFO about the renewal: due today (");
    expect(section).toContain("- Send the QBR deck: overdue since 2026-06-16 (");
    // The check-ins part is unchanged: exactly the AM's due check-ins.
    const data = await loadPortfolioData(brightside.id, null, THURSDAY);
    const checkIns = [...text.matchAll(/^- (.+?): (?:last|never)/gm)].map((m) => m[1]).sort();
    expect(checkIns).toEqual(
      dueCheckIns(data, am!.id, THURSDAY)
        .map((d) => d.name)
        .sort(),
    );
    const inbox = await db.admin.notification.findFirstOrThrow({
      where: { userId: am!.userId, event: "digest.am_daily", agencyId: brightside.id },
      orderBy: { createdAt: "desc" },
    });
    expect(inbox.body).toContain("Call the CFO about the renewal");
  });
});

describe("the outbox", () => {
  it("a send the SMTP server refuses once is retried later and arrives exactly once", async () => {
    const leader = await db.admin.user.findUniqueOrThrow({ where: { email: LEADER }, select: { id: true } });
    await withTenant(brightside.id, null, (tx) =>
      notify(tx, {
        agencyId: brightside.id,
        userId: leader.id,
        event: "followup.assigned",
        title: "Retry me",
        body: "A follow-up for you.",
        href: `/${brightside.slug}/inbox`,
        key: "retry-test",
      }),
    );
    const now = at(20);
    smtp.refuseNext(1);
    expect(await deliver(now)).toEqual({ sent: 0, failed: 0, retrying: 1 });
    expect(await deliver(now)).toEqual({ sent: 0, failed: 0, retrying: 0 }); // not due yet: backoff
    const later = at(20, 2);
    const [a, b] = await Promise.all([deliver(later), deliver(later)]);
    expect(a.sent + b.sent).toBe(1);
    expect(await deliver(at(21))).toEqual({ sent: 0, failed: 0, retrying: 0 });
    expect(smtp.to(LEADER).filter((m) => m.subject === "Retry me")).toHaveLength(1);
    const row = await db.admin.delivery.findFirstOrThrow({ where: { subject: "Retry me" } });
    expect(row).toMatchObject({ status: "SENT", attempts: 2 });
  });
});
