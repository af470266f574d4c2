import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "../../lib/db/tenant";
import { readOneOnOnePage } from "../../lib/domain/people/one-on-one-page";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { createAgencyFixture, type AgencyFixture } from "../factories/tenants";

/** The person page's 1:1 list is keyset-paged: pages never repeat or skip a 1:1, and the overdue signal ignores paging. */
let db: AppTestDatabase;
let a: AgencyFixture;

beforeAll(async () => {
  db = await useAppTestDatabase();
  a = await createAgencyFixture(db.admin, "Alpha");
  // 23 1:1s, two of them on the same day (the tie breaks on when they were recorded, then id).
  const days = Array.from({ length: 22 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i * 14)));
  await db.admin.oneOnOne.createMany({
    data: [...days, days[5]!].map((heldOn, i) => ({
      agencyId: a.agency.id,
      amId: a.memberships.am.id,
      managerId: a.memberships.leader.id,
      heldOn,
      topics: `Topic ${i}`,
    })),
  });
});
afterAll(async () => db.close());

const pageAs = (userId: string, request: { after?: string; before?: string }) =>
  withTenant(a.agency.id, userId, (tx) =>
    readOneOnOnePage(tx, a.agency.id, a.memberships.am.id, { ...request, size: 10 }),
  );

describe("the 1:1 pager", () => {
  it("walks 23 1:1s in pages of 10, newest first, with no repeat, and back again", async () => {
    const first = await pageAs(a.users.leader.id, {});
    expect(first.total).toBe(23);
    expect(first.page.previous).toBeNull();
    const second = await pageAs(a.users.leader.id, { after: first.page.next! });
    const third = await pageAs(a.users.leader.id, { after: second.page.next! });
    expect([first, second, third].map((p) => p.page.items.length)).toEqual([10, 10, 3]);
    expect(third.page.next).toBeNull();
    const ids = [first, second, third].flatMap((p) => p.page.items.map((r) => r.id));
    expect(new Set(ids).size).toBe(23);
    const dates = [first, second, third].flatMap((p) => p.page.items.map((r) => r.heldOn.getTime()));
    expect(dates).toEqual([...dates].sort((x, y) => y - x));
    const back = await pageAs(a.users.leader.id, { before: third.page.previous! });
    expect(back.page.items.map((r) => r.id)).toEqual(second.page.items.map((r) => r.id));
    // The newest meeting is the same on every page: the overdue signal does not depend on which page is open.
    expect(third.lastHeldOn).toEqual(first.page.items[0]!.heldOn);
  });

  it("a PM gets an empty page and a zero count (row-level security covers the seek query too)", async () => {
    const page = await pageAs(a.users.pm.id, {});
    expect(page).toMatchObject({ total: 0, lastHeldOn: null, page: { items: [], next: null } });
  });
});
