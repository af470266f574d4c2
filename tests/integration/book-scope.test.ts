/**
 * The account and AM pages read one AM's book (loadPortfolioSnapshot with a BookScope), not the whole agency. For every
 * account and every AM of the demo agencies and of a generated tenant, what those pages show (signals about the
 * account or the AM and their accounts, projects and clients; the owner's load; the AM's book rows, rebalancing plan
 * and growth) must equal what the whole-agency snapshot gives: a rule that read a row outside the scope for one of
 * those subjects would make them differ. The full AM list reads only every account's owner, status and complexity: its
 * rows must equal the dashboard's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { growthOfAms } from "@/lib/domain/commercial/signals";
import { loadAmPage } from "@/lib/domain/portfolio/am-page";
import { bookRows, concerns, scopeOf } from "@/lib/domain/portfolio/book-rows";
import { withTenant } from "@/lib/db/tenant";
import { readRecentTouchCounts } from "@/lib/domain/portfolio/queries";
import { suggestRebalancing } from "@/lib/domain/portfolio/rebalancing";
import { assessBook } from "@/lib/domain/portfolio/load";
import { loadAmLoads } from "@/lib/domain/portfolio/load-dashboard-lists";
import {
  loadDashboard,
  loadPortfolioSnapshot,
  type PortfolioSnapshotData,
} from "@/lib/domain/portfolio/load-portfolio";
import { detectSignals, healthScoresByAccount } from "@/lib/domain/portfolio/signals";
import type { Signal } from "@/lib/domain/portfolio/signal-types";
import { seedDemo } from "../../prisma/seed/index";
import { loadScaleTenant, SCALE_SLUG } from "../../scripts/scale/load";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";

let db: AppTestDatabase;
const today = new Date();

beforeAll(async () => {
  db = await useAppTestDatabase();
  await seedDemo(db.admin, { today });
  await loadScaleTenant(db.database.url, { scale: 0.05, today });
  await clientSharedByTwoAms("northwind");
}, 300_000);

/**
 * A Tier 1 client whose two accounts belong to two AMs, each account's check-in with a different contact: the
 * relationship is covered by two people only when both AMs' check-ins are counted, so the client's figures must come
 * from all its accounts, not from the owner's book alone. The second account moved from the first AM to the second a
 * month ago: the first AM's growth still counts the part of the year they held it.
 */
async function clientSharedByTwoAms(slug: string) {
  const agency = await db.admin.agency.findUniqueOrThrow({ where: { slug } });
  const [first, second] = await db.admin.membership.findMany({
    where: { agencyId: agency.id, active: true, roles: { has: "AM" } },
    take: 2,
  });
  const agencyId = agency.id;
  const client = await db.admin.client.create({ data: { agencyId, name: "Shared Cover Ltd", tier: "TIER_1" } });
  const contacts = await Promise.all(
    ["Ada Cover", "Ben Cover"].map((name) =>
      db.admin.contact.create({ data: { agencyId, clientId: client.id, name } }),
    ),
  );
  for (const [i, am] of [first!, second!].entries()) {
    const account = await db.admin.account.create({
      data: { agencyId, clientId: client.id, amId: am.id, name: `Shared ${i + 1}`, startDate: new Date("2026-01-01") },
    });
    const checkIn = await db.admin.checkIn.create({
      data: {
        agencyId,
        accountId: account.id,
        authorId: am.id,
        occurredAt: new Date(today.getTime() - (i + 1) * 86_400_000),
        channel: "CALL",
        sentiment: 4,
        summary: "Quarterly review",
      },
    });
    await db.admin.checkInContact.create({ data: { agencyId, checkInId: checkIn.id, contactId: contacts[i]!.id } });
    if (i === 1) {
      const daysAgo = (days: number) => new Date(today.getTime() - days * 86_400_000);
      await db.admin.accountValueChange.createMany({
        data: [
          { changedAt: daysAgo(400), kind: "CREATED" as const, amId: first!.id, fromValue: 0, toValue: 2000 },
          { changedAt: daysAgo(30), kind: "MOVED" as const, amId: am.id, fromValue: 2000, toValue: 2000 },
          { changedAt: daysAgo(10), kind: "CHANGED" as const, amId: am.id, fromValue: 2000, toValue: 2500 },
        ].map((change) => ({ ...change, agencyId, accountId: account.id })),
      });
    }
  }
}
afterAll(async () => db?.close());

function accountView(
  data: PortfolioSnapshotData,
  account: { id: string; clientId: string; amId: string },
  signals: Signal[],
) {
  const scope = scopeOf([account], data.snapshot.projects);
  const book = data.snapshot.accounts.filter((a) => a.amId === account.amId);
  return {
    signals: signals.filter((s) => concerns(s, scope)),
    ownerIsAm: data.snapshot.ams.some((am) => am.id === account.amId),
    ownerBook: assessBook(book, data.snapshot.guideline),
  };
}

const SLUGS = ["northwind", "brightside", SCALE_SLUG];

describe("the account page's scoped portfolio read", () => {
  it.each(["northwind", "brightside", SCALE_SLUG])(
    "gives %s's every account the whole agency's figures",
    async (slug) => {
      const agency = await db.admin.agency.findUniqueOrThrow({ where: { slug } });
      const accounts = await db.admin.account.findMany({
        where: { agencyId: agency.id },
        select: { id: true, clientId: true, amId: true },
      });
      const whole = await loadPortfolioSnapshot(agency.id, null, today);
      const wholeSignals = detectSignals(whole.snapshot, today, whole.rules);
      const compared = new Set<string>();
      for (const account of accounts) {
        const scoped = await loadPortfolioSnapshot(agency.id, null, today, { amId: account.amId });
        const expected = accountView(whole, account, wholeSignals);
        expect(accountView(scoped, account, detectSignals(scoped.snapshot, today, scoped.rules)), account.id).toEqual(
          expected,
        );
        for (const signal of expected.signals) compared.add(signal.subject.kind);
      }
      // Not vacuous: the data gives accounts signals about themselves, their projects and their clients.
      expect([...compared].sort()).toEqual(["account", "client", "project"]);
    },
  );
});

/** The AM page as it was composed before the scope: from the whole agency's snapshot (the reference). */
async function amPageFromWholeAgency(
  agencyId: string,
  amId: string,
  whole: PortfolioSnapshotData,
  wholeSignals: Signal[],
) {
  const { snapshot, rules } = whole;
  const mine = snapshot.accounts.filter((a) => a.amId === amId);
  const signals = wholeSignals.filter((s) => concerns(s, scopeOf(mine, snapshot.projects, amId)));
  const book = assessBook(mine, snapshot.guideline);
  const touches = await withTenant(agencyId, null, (tx) => readRecentTouchCounts(tx, agencyId, amId, today));
  const withTouches = snapshot.accounts.map((a) => ({ ...a, checkInsLast90Days: touches.get(a.id) ?? 0 }));
  const plan =
    book.status === "OVERLOADED"
      ? (suggestRebalancing(snapshot.ams, withTouches, snapshot.guideline, { giverIds: [amId] })[0] ?? null)
      : null;
  const health = healthScoresByAccount(mine, snapshot.projects, today, rules);
  return {
    signals,
    book,
    plan,
    rows: bookRows(mine, snapshot.projects, signals, health, rules.cadence, today),
    growth: snapshot.commercial ? (growthOfAms(snapshot.commercial, today).get(amId) ?? null) : null,
  };
}

describe("the AM page's scoped portfolio read", () => {
  it.each(SLUGS)("gives %s's every AM the whole agency's figures", async (slug) => {
    const agency = await db.admin.agency.findUniqueOrThrow({ where: { slug } });
    const ams = await db.admin.membership.findMany({ where: { agencyId: agency.id, roles: { has: "AM" } } });
    const whole = await loadPortfolioSnapshot(agency.id, null, today);
    const wholeSignals = detectSignals(whole.snapshot, today, whole.rules);
    const seen = { plans: 0, growth: 0, kinds: new Set<string>() };
    for (const am of ams) {
      const page = await loadAmPage(agency.id, null, am.id, today);
      const expected = await amPageFromWholeAgency(agency.id, am.id, whole, wholeSignals);
      const { signals, book, plan, rows, growth } = page!;
      expect({ signals, book, plan, rows, growth }, am.id).toEqual(expected);
      if (expected.plan?.moves.length) seen.plans++;
      if (expected.growth) seen.growth++;
      for (const signal of expected.signals) seen.kinds.add(signal.subject.kind);
    }
    if (slug === "northwind") expect(seen.growth).toBeGreaterThan(0); // the demo's growth stories
    if (slug === SCALE_SLUG) expect(seen.plans).toBeGreaterThan(0); // overloaded AMs with somewhere to hand over to
    expect(seen.kinds.has("am")).toBe(true);
  });
});

describe("the AM load list's light read", () => {
  it.each(SLUGS)("gives %s the dashboard's AM rows, filtered alike", async (slug) => {
    const agency = await db.admin.agency.findUniqueOrThrow({ where: { slug } });
    for (const filters of [{}, { amStatus: "OVERLOADED" as const }, { tier: "TIER_1" as const }]) {
      const { dashboard } = await loadDashboard(agency.id, null, filters);
      const light = await loadAmLoads(agency.id, null, filters);
      expect(light.guideline).toEqual(dashboard.guideline);
      expect(light.amLoads, JSON.stringify(filters)).toEqual(dashboard.amLoads);
    }
  });
});
