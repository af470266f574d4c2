import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaForPostgres, type Db } from "../../lib/db/client";
import type { TenantTx } from "../../lib/db/tenant";
import { growthOfAms, overServicingSignals, bookShrankSignals } from "../../lib/domain/commercial/signals";
import { readCommercialSnapshot } from "../../lib/domain/commercial/portfolio-query";
import { readAccountManagers, readAccounts } from "../../lib/domain/portfolio/queries";
import { guidelineFor } from "../../lib/domain/portfolio/guideline";
import { seedDemo } from "../../prisma/seed/index";
import { createTestPostgres, type TestPostgres } from "../support/test-database";

/** The demo tells the commercial stories of issue 16: an over-serviced retainer, a book that grew, one that shrank. */
let database: TestPostgres;
let db: Db;
const today = new Date();

beforeAll(async () => {
  database = await createTestPostgres();
  db = createPrismaForPostgres(database.url, 2);
  await seedDemo(db, { today });
}, 300_000);
afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

async function snapshotOf(slug: string) {
  const agency = await db.agency.findUniqueOrThrow({ where: { slug } });
  const tx = db as unknown as TenantTx;
  const commercial = await readCommercialSnapshot(tx, agency.id, today, agency.currency);
  const ams = await readAccountManagers(tx, agency.id);
  const accounts = await readAccounts(tx, agency.id);
  return { agency, commercial, ams, accounts, guideline: guidelineFor(agency) };
}

describe("commercial demo data", () => {
  it("Brightside has one over-serviced retainer (Priya's), with hours and value given away", async () => {
    const { commercial } = await snapshotOf("brightside");
    const signals = overServicingSignals(commercial, today);
    expect(signals).toHaveLength(1);
    expect(signals[0]!.reason).toMatch(/20 h given away, worth £/);
  });

  it("Northwind: Sofia's book grew, Grace's shrank at a healthy load (and only she is flagged)", async () => {
    const { commercial, ams, accounts, guideline } = await snapshotOf("northwind");
    const growth = growthOfAms(commercial, today);
    const byName = (name: string) => growth.get(ams.find((a) => a.name === name)!.id)!;
    expect(byName("Sofia Marchetti").nrr).toBeGreaterThan(1);
    expect(byName("Grace Adeyemi").nrr).toBeLessThan(1);
    const shrank = bookShrankSignals(ams, accounts, guideline, growth);
    expect(shrank.map((s) => s.subject.name)).toEqual(["Grace Adeyemi"]);
    const brightside = await snapshotOf("brightside");
    expect(
      bookShrankSignals(
        brightside.ams,
        brightside.accounts,
        brightside.guideline,
        growthOfAms(brightside.commercial, today),
      ),
    ).toEqual([]);
  });

  it("Northwind has a contact who moved on, and a lead for her new company", async () => {
    const departure = await db.contactDeparture.findFirstOrThrow({
      select: { newCompany: true, contact: { select: { active: true } } },
    });
    expect(departure).toEqual({ newCompany: "Harbor & Pine Outfitters", contact: { active: false } });
    expect(await db.newBusinessLead.count({ where: { companyName: "Harbor & Pine Outfitters" } })).toBe(1);
  });
});
