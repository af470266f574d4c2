import { describe, expect, it } from "vitest";
import { setUpTwoAgencies, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { withTenant } from "../../lib/db/tenant";
import { scopeRequestsPage, valueChangesPage } from "../../lib/domain/commercial/log-pages";

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;

setUpTwoAgencies(async (s) => {
  ({ db, a, b } = s);
  // 30 requests over 15 days (two a day, so the id breaks ties), and 29 value changes after the account's creation.
  await db.admin.scopeRequest.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      agencyId: a.agency.id,
      accountId: a.account.id,
      askedOn: new Date(Date.UTC(2026, 9, 1 + Math.floor(i / 2))),
      summary: `Request ${i}`,
      estimateHours: "1",
      decision: "ABSORBED" as const,
      loggedById: a.memberships.leader.id,
    })),
  });
  for (let i = 1; i <= 29; i++) {
    await db.admin.account.update({ where: { id: a.account.id }, data: { monthlyValue: String(4500 + i * 10) } });
  }
});

const as =
  (f: AgencyFixture) =>
  <T>(read: Parameters<typeof withTenant<T>>[2]) =>
    withTenant(f.agency.id, f.users.leader.id, read);

describe("an account's full logs, keyset-paged", () => {
  it("scope requests: 25 newest, then the other 5 once each, and back", async () => {
    const first = await as(a)((tx) => scopeRequestsPage(tx, a.agency.id, a.account.id, { size: 25 }));
    expect(first.items).toHaveLength(25);
    expect(first.total).toBe(30);
    expect(first.previous).toBeNull();
    const days = first.items.map((r) => r.askedOn.toISOString());
    expect(days).toEqual([...days].sort().reverse());
    const second = await as(a)((tx) =>
      scopeRequestsPage(tx, a.agency.id, a.account.id, { size: 25, after: first.next! }),
    );
    expect(second.items).toHaveLength(5);
    expect(second.next).toBeNull();
    const ids = [...first.items, ...second.items].map((r) => r.id);
    expect(new Set(ids).size).toBe(30);
    const back = await as(a)((tx) =>
      scopeRequestsPage(tx, a.agency.id, a.account.id, { size: 25, before: second.previous! }),
    );
    expect(back.items.map((r) => r.id)).toEqual(first.items.map((r) => r.id));
  });

  it("value history: every change once across the pages, newest first", async () => {
    const first = await as(a)((tx) => valueChangesPage(tx, a.agency.id, a.account.id, { size: 25 }));
    const second = await as(a)((tx) =>
      valueChangesPage(tx, a.agency.id, a.account.id, { size: 25, after: first.next! }),
    );
    expect(first.total).toBe(30);
    expect(first.items[0]).toMatchObject({ kind: "CHANGED", toValue: 4790, amName: a.users.am.name });
    expect(second.items.at(-1)).toMatchObject({ kind: "CREATED", fromValue: 0, toValue: 4500 });
    expect(new Set([...first.items, ...second.items].map((c) => c.id)).size).toBe(30);
  });

  it("another agency's account reads as empty, even from its own member's session (RLS and agencyId)", async () => {
    const requests = await as(b)((tx) => scopeRequestsPage(tx, b.agency.id, a.account.id, { size: 25 }));
    const changes = await as(b)((tx) => valueChangesPage(tx, b.agency.id, a.account.id, { size: 25 }));
    expect([requests.items, requests.total, changes.items, changes.total]).toEqual([[], 0, [], 0]);
  });
});
