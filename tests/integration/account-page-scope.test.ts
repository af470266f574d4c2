/**
 * The account page reads only the owner's book (loadPortfolioData with a BookScope), not the whole agency. For every
 * account of the demo agencies and of a generated tenant, archived ones included, the signals about the account, its
 * projects and its client, and the owner's load, must equal what the whole-agency snapshot gives: a rule that read a
 * row outside the scope for one of those subjects would make them differ.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { concerns, scopeOf } from "@/lib/domain/portfolio/book-rows";
import { assessBook } from "@/lib/domain/portfolio/load";
import { loadPortfolioData, type PortfolioData } from "@/lib/domain/portfolio/load-portfolio";
import { detectSignals } from "@/lib/domain/portfolio/signals";
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
 * from all its accounts, not from the owner's book alone.
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
  }
}
afterAll(async () => db?.close());

function accountView(data: PortfolioData, account: { id: string; clientId: string; amId: string }, signals: Signal[]) {
  const scope = scopeOf([account], data.snapshot.projects);
  const book = data.snapshot.accounts.filter((a) => a.amId === account.amId);
  return {
    signals: signals.filter((s) => concerns(s, scope)),
    ownerIsAm: data.snapshot.ams.some((am) => am.id === account.amId),
    ownerBook: assessBook(book, data.snapshot.guideline),
  };
}

describe("the account page's scoped portfolio read", () => {
  it.each(["northwind", "brightside", SCALE_SLUG])(
    "gives %s's every account the whole agency's figures",
    async (slug) => {
      const agency = await db.admin.agency.findUniqueOrThrow({ where: { slug } });
      const accounts = await db.admin.account.findMany({
        where: { agencyId: agency.id },
        select: { id: true, clientId: true, amId: true },
      });
      const whole = await loadPortfolioData(agency.id, null, today);
      const wholeSignals = detectSignals(whole.snapshot, today, whole.rules);
      const compared = new Set<string>();
      for (const account of accounts) {
        const scoped = await loadPortfolioData(agency.id, null, today, { amId: account.amId });
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
