import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { signInAs } from "../support/session";
import { checkInOn, type FormInput } from "../support/form-input";
import { addAmWithAccount } from "../factories/members";
import { loadPortfolioData } from "../../lib/domain/portfolio/load-portfolio";
import { detectSignals } from "../../lib/domain/portfolio/signals";
import { addAccount } from "../factories/accounts";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { logCheckIn } = await import("../../lib/actions/check-ins");

const DAY = 86_400_000;
let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;
let contactIds: { active: string; inactive: string; otherClient: string; foreign: string };
let otherAccountId: string;

const as = (user: { id: string; email: string; name: string }) => signInAs(user);
const valid = (extra: FormInput = {}) => checkInOn(a, { summary: "  Talked through the Q3 plan.  ", ...extra });
const checkInCount = () => db.admin.checkIn.count({ where: { agencyId: a.agency.id } });
const auditCount = (action: string) => db.admin.auditEvent.count({ where: { agencyId: a.agency.id, action } });

setUpTwoAgencies(async (s) => {
  ({ db, a, b } = s);
  const otherClient = await db.admin.client.create({
    data: { agencyId: a.agency.id, name: "Other Client", tier: "TIER_2" },
  });
  const contact = (agencyId: string, clientId: string, name: string, active = true) =>
    db.admin.contact.create({ data: { agencyId, clientId, name, active }, select: { id: true } });
  contactIds = {
    active: (await contact(a.agency.id, a.client.id, "Ada Active")).id,
    inactive: (await contact(a.agency.id, a.client.id, "Ivan Inactive", false)).id,
    otherClient: (await contact(a.agency.id, otherClient.id, "Olga Other")).id,
    foreign: (await contact(b.agency.id, b.client.id, "Fred Foreign")).id,
  };
  otherAccountId = (await addAmWithAccount(db.admin, a, { clientId: otherClient.id })).accountId;
});
beforeEach(() => as(a.users.am));

describe("logging a check-in", () => {
  it("persists the check-in, its attendees and an audit event; next due defaults to the tier's cadence", async () => {
    const occurredAt = new Date(Date.now() - 2 * DAY);
    const result = await logCheckIn(
      a.agency.slug,
      valid({
        occurredAt: occurredAt.toISOString(),
        sentimentReason: "RESULTS",
        nextSteps: "Send the deck",
        attendeeIds: [contactIds.active, contactIds.active],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await db.admin.checkIn.findUniqueOrThrow({
      where: { id: result.data.checkInId },
      include: { attendees: true },
    });
    expect(row).toMatchObject({
      agencyId: a.agency.id,
      accountId: a.account.id,
      authorId: a.memberships.am.id,
      channel: "CALL",
      sentiment: 4,
      sentimentReason: "RESULTS",
      summary: "Talked through the Q3 plan.",
      nextSteps: "Send the deck",
    });
    expect(row.occurredAt.getTime()).toBe(occurredAt.getTime());
    // TIER_1 client, agency default cadence 14 days.
    expect(row.nextDueAt?.getTime()).toBe(occurredAt.getTime() + 14 * DAY);
    expect(row.attendees.map((x) => x.contactId)).toEqual([contactIds.active]);
    const events = await db.admin.auditEvent.findMany({
      where: { agencyId: a.agency.id, action: "checkIn.logged", entityId: row.id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: a.users.am.id, after: { accountId: a.account.id, sentiment: 4 } });
  });

  it("uses now and the agency's own cadence when no dates are given, and keeps an explicit next due date", async () => {
    await db.admin.agency.update({ where: { id: a.agency.id }, data: { cadenceTier1Days: 7 } });
    const before = Date.now();
    const r1 = await logCheckIn(a.agency.slug, valid());
    expect(r1.ok).toBe(true);
    if (!r1.ok) return;
    const row = await db.admin.checkIn.findUniqueOrThrow({ where: { id: r1.data.checkInId } });
    expect(row.occurredAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row.nextDueAt!.getTime() - row.occurredAt.getTime()).toBe(7 * DAY);
    await db.admin.agency.update({ where: { id: a.agency.id }, data: { cadenceTier1Days: 14 } });

    const due = new Date(Date.now() + 30 * DAY);
    const r2 = await logCheckIn(a.agency.slug, valid({ nextDueAt: due.toISOString() }));
    expect(r2.ok).toBe(true);
    if (!r2.ok) return;
    expect((await db.admin.checkIn.findUniqueOrThrow({ where: { id: r2.data.checkInId } })).nextDueAt).toEqual(due);
  });

  it("lets a leader log on any account of the agency", async () => {
    as(a.users.leader);
    expect(await logCheckIn(a.agency.slug, valid({ accountId: otherAccountId }))).toMatchObject({ ok: true });
  });

  it.each([
    ["sentiment above 5", { sentiment: 6 }, "sentiment"],
    ["sentiment below 1", { sentiment: 0 }, "sentiment"],
    ["fractional sentiment", { sentiment: 3.5 }, "sentiment"],
    ["missing sentiment", { sentiment: undefined }, "sentiment"],
    ["unknown channel", { channel: "PIGEON" }, "channel"],
    ["unknown reason", { sentimentReason: "MOOD" }, "sentimentReason"],
    ["blank summary", { summary: "   " }, "summary"],
    ["over-long summary", { summary: "x".repeat(4001) }, "summary"],
    ["over-long next steps", { nextSteps: "x".repeat(4001) }, "nextSteps"],
    ["date far in the future", { occurredAt: new Date(Date.now() + 3 * DAY).toISOString() }, "occurredAt"],
    ["date before 2000", { occurredAt: "1999-12-31T00:00:00Z" }, "occurredAt"],
    ["unparseable date", { occurredAt: "yesterday-ish" }, "occurredAt"],
    ["next due before the check-in", { nextDueAt: new Date(Date.now() - 3 * DAY).toISOString() }, "nextDueAt"],
    ["next due in 3 years", { nextDueAt: new Date(Date.now() + 3 * 365 * DAY).toISOString() }, "nextDueAt"],
    ["not an account id", { accountId: "nope" }, "accountId"],
    ["attendee not a uuid", { attendeeIds: ["x"] }, "attendeeIds.0"],
    ["more than 20 attendees", { attendeeIds: Array.from({ length: 21 }, () => crypto.randomUUID()) }, "attendeeIds"],
  ])("refuses %s with a field error and changes nothing", async (_label, change, field) => {
    const [checkIns, audits] = [await checkInCount(), await auditCount("checkIn.logged")];
    const result = await logCheckIn(a.agency.slug, valid(change));
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (result.ok) return;
    expect(result.fieldErrors?.[field]?.[0]).toEqual(expect.any(String));
    expect(await checkInCount()).toBe(checkIns);
    expect(await auditCount("checkIn.logged")).toBe(audits);
  });

  it("refuses inactive contacts and contacts of another client as a field error, changing nothing", async () => {
    const before = await checkInCount();
    for (const id of [contactIds.inactive, contactIds.otherClient]) {
      const result = await logCheckIn(a.agency.slug, valid({ attendeeIds: [contactIds.active, id] }));
      expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { attendeeIds: [expect.any(String)] } });
    }
    expect(await checkInCount()).toBe(before);
  });

  it("does not let an AM log on another AM's account; the attempt is audited", async () => {
    const [checkIns, denied] = [await checkInCount(), await auditCount("access.denied")];
    const result = await logCheckIn(a.agency.slug, valid({ accountId: otherAccountId }));
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await checkInCount()).toBe(checkIns);
    expect(await auditCount("access.denied")).toBe(denied + 1);
  });

  it("is refused for PMs and viewers", async () => {
    for (const user of [a.users.pm, a.users.viewer]) {
      as(user);
      expect(await logCheckIn(a.agency.slug, valid())).toMatchObject({ ok: false, code: "forbidden" });
    }
  });

  it("refuses another agency's account and contacts as not found, changing nothing", async () => {
    const [mine, theirs] = [await checkInCount(), await db.admin.checkIn.count({ where: { agencyId: b.agency.id } })];
    expect(await logCheckIn(a.agency.slug, valid({ accountId: b.account.id }))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await logCheckIn(a.agency.slug, valid({ attendeeIds: [contactIds.foreign] }))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    // A member of agency B naming agency A's slug is not a member there.
    as(b.users.leader);
    expect(await logCheckIn(a.agency.slug, valid())).toMatchObject({ ok: false, code: "not_found" });
    expect(await logCheckIn(b.agency.slug, valid())).toMatchObject({ ok: false, code: "not_found" });
    expect(await checkInCount()).toBe(mine);
    expect(await db.admin.checkIn.count({ where: { agencyId: b.agency.id } })).toBe(theirs);
  });

  it("refuses signed-out callers", async () => {
    signInAs(null);
    expect(await logCheckIn(a.agency.slug, valid())).toMatchObject({ ok: false, code: "unauthenticated" });
  });
});

describe("after logging, the portfolio sees it", () => {
  it("updates lastCheckInAt and clears the account's overdue signal", async () => {
    const today = new Date();
    const account = await addAccount(db.admin, a, { name: "Overdue retainer" });
    await db.admin.checkIn.create({
      data: {
        agencyId: a.agency.id,
        accountId: account.id,
        authorId: a.memberships.am.id,
        occurredAt: new Date(today.getTime() - 40 * DAY),
        channel: "EMAIL",
        sentiment: 2,
        summary: "Old news",
      },
    });
    const overdueFor = async () => {
      const data = await loadPortfolioData(a.agency.id, a.users.am.id, today);
      const snapshot = data.snapshot.accounts.find((x) => x.id === account.id)!;
      const overdue = detectSignals(data.snapshot, today, data.rules).some(
        (s) => s.type === "CHECK_IN_OVERDUE" && s.subject.id === account.id,
      );
      return { lastCheckInAt: snapshot.lastCheckInAt, overdue };
    };
    const before = await overdueFor();
    expect(before.overdue).toBe(true);

    const result = await logCheckIn(a.agency.slug, valid({ accountId: account.id, sentiment: 5 }));
    expect(result.ok).toBe(true);
    const after = await overdueFor();
    expect(after.overdue).toBe(false);
    expect(after.lastCheckInAt!.getTime()).toBeGreaterThan(before.lastCheckInAt!.getTime());
    expect(today.getTime() - after.lastCheckInAt!.getTime()).toBeLessThan(60_000);
  });
});
