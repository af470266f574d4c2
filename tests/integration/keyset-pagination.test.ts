import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageHref } from "@/components/ui/pager";
import { withTenant } from "@/lib/db/tenant";
import { listAccountsPage, countAccounts } from "@/lib/domain/accounts/list-page";
import { listAuditEvents } from "@/lib/domain/audit/queries";
import { readTimelinePage } from "@/lib/domain/check-ins/timeline";
import type { AccountFilterInput } from "@/lib/domain/accounts/list-filter";
import { listClientsPage } from "@/lib/domain/clients/list-page";
import { listPendingInvitationsPage } from "@/lib/domain/members/queries";
import { listProjectsPage } from "@/lib/domain/projects/list-page";
import { readProjectHistoryPage } from "@/lib/domain/projects/queries";
import { byRisk } from "@/lib/domain/projects/risk";
import { pageRequest, type Page, type PageRequest } from "@/lib/pagination/keyset";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { createAgencyFixture, type AgencyFixture } from "../factories/tenants";
import { addPendingInvitation } from "../factories/members";

/**
 * Keyset paging against real PostgreSQL, through the app role (row-level security in force): rows added between two
 * page requests neither repeat nor vanish, filters hold on every page, and paging back returns the same rows.
 */

let db: AppTestDatabase;
let a: AgencyFixture;
let b: AgencyFixture;
const SIZE = 3;

const accounts = (f: AgencyFixture, filter: AccountFilterInput, request: PageRequest) =>
  withTenant(f.agency.id, f.users.leader.id, (tx) => listAccountsPage(tx, f.agency.id, filter, request));

async function addAccount(f: AgencyFixture, clientName: string, name: string, tier: "TIER_1" | "TIER_2" = "TIER_2") {
  const client =
    (await db.admin.client.findFirst({ where: { agencyId: f.agency.id, name: clientName } })) ??
    (await db.admin.client.create({ data: { agencyId: f.agency.id, name: clientName, tier } }));
  return db.admin.account.create({
    data: {
      agencyId: f.agency.id,
      clientId: client.id,
      amId: f.memberships.am.id,
      name,
      startDate: new Date("2026-01-01"),
    },
  });
}

/** Every page from the first, following `next`, as the links would. */
async function walk<T>(load: (request: PageRequest) => Promise<Page<T>>): Promise<T[][]> {
  const pages: T[][] = [];
  let request: PageRequest = { size: SIZE };
  for (;;) {
    const page = await load(request);
    pages.push(page.items);
    if (!page.next) return pages;
    request = { after: page.next, size: SIZE };
  }
}

beforeAll(async () => {
  db = await useAppTestDatabase();
  a = await createAgencyFixture(db.admin, "Keyset");
  b = await createAgencyFixture(db.admin, "Other");
  // "Keyset Client" / Retainer comes with the fixture; ten more, spread over the alphabet and two tiers.
  for (const [client, name] of [
    ["Acme", "Brand"],
    ["Acme", "Search"],
    ["Bolt", "Social"],
    ["Cedar", "Content"],
    ["Delta", "Paid"],
    ["Delta", "Web"],
    ["Fjord", "Video"],
    ["Grove", "PR"],
    ["Harbor", "SEO"],
    ["Ivy", "Email"],
  ] as const) {
    await addAccount(a, client, name, client < "D" ? "TIER_1" : "TIER_2");
  }
  await addAccount(b, "Acme", "Foreign");
});
afterAll(async () => db.close());

describe("keyset pagination of a list", () => {
  it("walks every row once, in order, and only the agency's own rows", async () => {
    const pages = await walk((r) => accounts(a, {}, r));
    const rows = pages.flat();
    expect(pages.every((p) => p.length <= SIZE)).toBe(true);
    expect(rows).toHaveLength(
      await withTenant(a.agency.id, a.users.leader.id, (tx) => countAccounts(tx, a.agency.id, {})),
    );
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.map((r) => `${r.client.name}/${r.name}`).slice(0, 4)).toEqual([
      "Acme/Brand",
      "Acme/Search",
      "Bolt/Social",
      "Cedar/Content",
    ]);
    expect(rows.some((r) => r.name === "Foreign")).toBe(false);
  });

  it("a row inserted between two page requests neither repeats a row nor makes one vanish", async () => {
    const first = await accounts(a, {}, { size: SIZE });
    const before = (await walk((r) => accounts(a, {}, r))).flat().map((r) => r.id);
    // One row sorts onto the page already seen, one onto a later page.
    const early = await addAccount(a, "Acme", "Analytics");
    const late = await addAccount(a, "Harbor", "Zine");
    const rest: string[] = [];
    let next = first.next;
    while (next) {
      const page = await accounts(a, {}, { after: next, size: SIZE });
      rest.push(...page.items.map((r) => r.id));
      next = page.next;
    }
    const seen = [...first.items.map((r) => r.id), ...rest];
    expect(new Set(seen).size).toBe(seen.length); // nothing repeats
    for (const id of before) expect(seen).toContain(id); // nothing vanishes
    expect(seen).toContain(late.id); // a row added further on shows up when reached
    expect(seen).not.toContain(early.id); // and one added behind the reader waits on the earlier page
    await db.admin.account.deleteMany({ where: { id: { in: [early.id, late.id] } } });
  });

  it("paging back from a page returns exactly the page before it", async () => {
    const first = await accounts(a, {}, { size: SIZE });
    const second = await accounts(a, {}, { after: first.next!, size: SIZE });
    expect(second.previous).not.toBeNull();
    const back = await accounts(a, {}, { before: second.previous!, size: SIZE });
    expect(back.items.map((r) => r.id)).toEqual(first.items.map((r) => r.id));
    expect(back.previous).toBeNull();
    expect(back.next).not.toBeNull();
  });

  it("filters hold on every page, and the pager's links keep them", async () => {
    const filter = { tier: "TIER_2" as const, q: "e" };
    const rows = (await walk((r) => accounts(a, filter, r))).flat();
    expect(rows.length).toBeGreaterThan(SIZE);
    for (const row of rows) {
      expect(row.client.tier).toBe("TIER_2");
      expect(`${row.client.name} ${row.name}`.toLowerCase()).toContain("e");
    }
    const href = pageHref("/x/accounts", { tier: "TIER_2", q: "e", after: "old", mine: "" }, { after: "new" });
    expect(new URL(href, "http://h").searchParams.get("tier")).toBe("TIER_2");
    expect(new URL(href, "http://h").searchParams.get("q")).toBe("e");
    expect(new URL(href, "http://h").searchParams.getAll("after")).toEqual(["new"]);
    expect(pageRequest({ tier: "TIER_2", after: "abc" })).toEqual({ after: "abc", size: 25 });
  });

  it("a tampered cursor starts over on the first page instead of failing", async () => {
    const page = await accounts(a, {}, { after: "not-a-cursor", size: SIZE });
    expect(page.items.map((r) => r.name)).toEqual(["Brand", "Search", "Social"]);
    expect(page.previous).toBeNull();
  });
});

describe("the projects list pages in SQL in the same order as byRisk", () => {
  it("riskiest first, then due date, then name", async () => {
    const today = new Date("2026-06-15T10:00:00Z");
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const specs = [
      { name: "Ok later", status: "ON_TRACK", dueDate: day("2026-12-01"), lastStatusAt: day("2026-06-14") },
      { name: "Off", status: "OFF_TRACK", dueDate: null, lastStatusAt: day("2026-06-14") },
      { name: "Stale", status: "ON_TRACK", dueDate: null, lastStatusAt: day("2026-05-20") },
      { name: "Due soon", status: "ON_TRACK", dueDate: day("2026-06-20"), lastStatusAt: day("2026-06-14") },
      { name: "Done", status: "DONE", dueDate: null, lastStatusAt: day("2026-06-14") },
      { name: "At risk", status: "AT_RISK", dueDate: day("2026-07-01"), lastStatusAt: day("2026-06-14") },
      { name: "Ok undated", status: "NOT_STARTED", dueDate: null, lastStatusAt: day("2026-06-14") },
      { name: "Boundary 14 days", status: "ON_TRACK", dueDate: null, lastStatusAt: day("2026-06-01") },
    ] as const;
    for (const spec of specs) {
      await db.admin.project.create({
        data: { agencyId: a.agency.id, accountId: a.account.id, pmId: a.memberships.pm.id, ...spec },
      });
    }
    const pages = await walk((r) =>
      withTenant(a.agency.id, a.users.leader.id, (tx) => listProjectsPage(tx, a.agency.id, {}, r, today)),
    );
    const sqlOrder = pages.flat().map((p) => p.name);
    const expected = byRisk(specs, today).map((x) => x.project.name);
    expect(sqlOrder).toEqual(expected);
  });
});

describe("the clients list for an AM", () => {
  it("puts the AM's own clients first on the first page, and pages through the rest", async () => {
    const other = a.memberships.leader; // any other member will do as the owner of the rest
    const ivy = await db.admin.client.findFirstOrThrow({ where: { agencyId: a.agency.id, name: "Ivy" } });
    await db.admin.account.updateMany({ where: { agencyId: a.agency.id }, data: { amId: other.id } });
    await db.admin.account.updateMany({ where: { clientId: ivy.id }, data: { amId: a.memberships.am.id } });
    const rows = (
      await walk((r) =>
        withTenant(a.agency.id, a.users.am.id, (tx) => listClientsPage(tx, a.agency.id, {}, r, a.memberships.am.id)),
      )
    ).flat();
    expect(rows[0]).toMatchObject({ name: "Ivy", mine: true, accountCount: 1 });
    expect(rows.filter((r) => r.mine)).toHaveLength(1);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.slice(1).map((r) => r.name)).toEqual([...rows.slice(1).map((r) => r.name)].sort());
  });
});

describe("the audit log and a check-in timeline use the same paging", () => {
  it("the audit log pages newest first with its filter on every page", async () => {
    const base = new Date("2026-03-01T12:00:00Z");
    await db.admin.auditEvent.createMany({
      data: Array.from({ length: 8 }, (_, i) => ({
        agencyId: a.agency.id,
        action: i % 2 ? "test.odd" : "test.even",
        entityType: "Test",
        // Two events share each timestamp: the id breaks the tie, so none is skipped at a page edge.
        createdAt: new Date(base.getTime() + Math.floor(i / 2) * 60_000),
      })),
    });
    const pages = await walk((r) =>
      withTenant(a.agency.id, a.users.leader.id, (tx) => listAuditEvents(tx, a.agency.id, { action: "test.even" }, r)),
    );
    const rows = pages.flat();
    expect(rows).toHaveLength(4);
    expect(rows.every((e) => e.action === "test.even")).toBe(true);
    const times = rows.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  it("an account's timeline: a check-in logged while reading page one does not push a row onto page two twice", async () => {
    const at = (d: number) => new Date(Date.UTC(2026, 0, d, 10));
    for (let d = 1; d <= 7; d++) {
      await db.admin.checkIn.create({
        data: {
          agencyId: a.agency.id,
          accountId: a.account.id,
          authorId: a.memberships.am.id,
          occurredAt: at(d),
          channel: "CALL",
          sentiment: 4,
          summary: `Call ${d}`,
        },
      });
    }
    const read = (r: PageRequest) =>
      withTenant(a.agency.id, a.users.leader.id, (tx) =>
        readTimelinePage(tx, a.agency.id, { accountId: a.account.id }, r),
      );
    const first = await read({ size: SIZE });
    await db.admin.checkIn.create({
      data: {
        agencyId: a.agency.id,
        accountId: a.account.id,
        authorId: a.memberships.am.id,
        occurredAt: at(20),
        channel: "EMAIL",
        sentiment: 3,
        summary: "Newest",
      },
    });
    const second = await read({ after: first.next!, size: SIZE });
    expect(first.items.map((c) => c.summary)).toEqual(["Call 7", "Call 6", "Call 5"]);
    expect(second.items.map((c) => c.summary)).toEqual(["Call 4", "Call 3", "Call 2"]);
    expect(second.total).toBe(8);
  });

  it("a project's status history: an update posted while reading page one neither repeats nor hides a row", async () => {
    const project = await db.admin.project.create({
      data: { agencyId: a.agency.id, accountId: a.account.id, pmId: a.memberships.pm.id, name: "Long-running" },
    });
    const post = (version: number) =>
      db.admin.projectUpdate.create({
        data: {
          agencyId: a.agency.id,
          projectId: project.id,
          authorId: a.memberships.pm.id,
          toStatus: "ON_TRACK",
          percentComplete: version,
          spent: 0,
          note: `Update ${version}`,
          version,
        },
      });
    for (let version = 1; version <= 7; version++) await post(version);
    const read = (f: AgencyFixture, r: PageRequest) =>
      withTenant(f.agency.id, f.users.leader.id, (tx) => readProjectHistoryPage(tx, f.agency.id, project.id, r));
    const first = await read(a, { size: SIZE });
    await post(8);
    const second = await read(a, { after: first.next!, size: SIZE });
    const back = await read(a, { before: second.previous!, size: SIZE });
    expect(first.items.map((u) => u.note)).toEqual(["Update 7", "Update 6", "Update 5"]);
    expect(second.items.map((u) => u.note)).toEqual(["Update 4", "Update 3", "Update 2"]);
    // Back from page two: the rows just before it, and a link further back to the update posted meanwhile.
    expect(back.items.map((u) => u.note)).toEqual(["Update 7", "Update 6", "Update 5"]);
    expect(back.previous).not.toBeNull();
    expect(second.total).toBe(8);
    // Another agency's leader asking for this project's history gets nothing, not even a count.
    const foreign = await read(b, { size: SIZE });
    expect(foreign).toMatchObject({ items: [], total: 0 });
  });
});

describe("pending invitations page like the other lists", () => {
  it("newest first; one sent while reading page one neither repeats nor hides a row; answered ones drop out", async () => {
    const f = await createAgencyFixture(db.admin, "Inviting");
    const sentAt = (minute: number) => new Date(Date.now() - (60 - minute) * 60_000);
    const invite = (minute: number) =>
      addPendingInvitation(db.admin, f.agency.id, f.memberships.leader.id).then((row) =>
        db.admin.invitation.update({ where: { id: row.id }, data: { createdAt: sentAt(minute) } }),
      );
    const sent = [];
    for (let minute = 1; minute <= 7; minute++) sent.push(await invite(minute));
    // Neither an accepted nor a revoked nor an expired invitation is pending.
    await db.admin.invitation.update({ where: { id: sent[0]!.id }, data: { acceptedAt: new Date() } });
    await db.admin.invitation.update({ where: { id: sent[1]!.id }, data: { revokedAt: new Date() } });
    await db.admin.invitation.update({ where: { id: sent[2]!.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    const read = (g: AgencyFixture, r: PageRequest) =>
      withTenant(g.agency.id, g.users.leader.id, (tx) => listPendingInvitationsPage(tx, g.agency.id, r));
    const emails = (page: { items: { email: string }[] }) => page.items.map((i) => i.email);

    const first = await read(f, { size: SIZE });
    await invite(30); // sent while the leader reads page one
    const second = await read(f, { after: first.next!, size: SIZE });
    expect(emails(first)).toEqual([sent[6]!, sent[5]!, sent[4]!].map((i) => i.email));
    expect(emails(second)).toEqual([sent[3]!.email]);
    expect(second.next).toBeNull();
    expect(second.total).toBe(5);
    expect(first.items[0]).toMatchObject({ invitedBy: f.users.leader.name, roles: ["AM"] });
    // Another agency sees none of them.
    expect(await read(b, { size: SIZE })).toMatchObject({ items: [], total: 0 });
  });
});
