import { describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { commercialState } from "../support/commercial-state";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { previewTimesheets, commitTimesheets } = await import("../../lib/actions/commercial");
const { loadPortfolioData } = await import("../../lib/domain/portfolio/load-portfolio");
const { detectSignals } = await import("../../lib/domain/portfolio/signals");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;

const month = (offset: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
};

/** A month of timesheets in an export's shape: a header people write, two people, several days. */
function sheet(client: string, m: string, badMiddle = false) {
  const lines = ["Date;Person;Client;Project;Hours"];
  for (let day = 1; day <= 10; day++) {
    const d = `${m}-${String(day).padStart(2, "0")}`;
    lines.push(`${d};Ann Designer;${client};Social;3`);
    lines.push(`${d};Bo Writer;${client};Copy;${day === 5 && badMiddle ? "three" : "2,5"}`);
  }
  return lines.join("\r\n");
}

setUpTwoAgencies(async (s) => {
  ({ db, a, b } = s);
  await db.admin.retainerScope.create({
    data: { agencyId: a.agency.id, accountId: a.account.id, monthlyHours: "40", monthlyFee: "4000" },
  });
});

describe("timesheet import", () => {
  it("a messy file with a bad middle row imports nothing, and says which cell", async () => {
    signInAsMember(a, "leader");
    const before = await commercialState(db.admin);
    const input = { text: sheet(a.client.name, month(0), true), fileName: "messy.csv" };
    const preview = await previewTimesheets(a.agency.slug, input);
    expect(preview).toMatchObject({ ok: true, data: { errorCount: 1, rowCount: 20 } });
    expect(preview.ok && preview.data.errors[0]).toMatchObject({ row: 11, column: "Hours" });
    const commit = await commitTimesheets(a.agency.slug, input);
    expect(commit).toMatchObject({ ok: false, code: "invalid" });
    expect(await commercialState(db.admin)).toEqual(before);
  });

  it("the fixed file imports once (audited); the same file again changes nothing", async () => {
    signInAsMember(a, "leader");
    const input = { text: sheet(a.client.name, month(0)), fileName: "fixed.csv" };
    const first = await commitTimesheets(a.agency.slug, input);
    expect(first).toMatchObject({ ok: true, data: { counts: { created: 20, updated: 0, unchanged: 0, hours: 55 } } });
    expect(await db.admin.auditEvent.count({ where: { agencyId: a.agency.id, action: "timesheets.imported" } })).toBe(
      1,
    );
    const after = await commercialState(db.admin);
    const again = await commitTimesheets(a.agency.slug, input);
    expect(again).toMatchObject({ ok: true, data: { counts: { created: 0, updated: 0, unchanged: 20 } } });
    expect((await commercialState(db.admin)).entries).toEqual(after.entries);
  });

  it("two months over by more than 10 % make the account over-serviced on the dashboard, with the value", async () => {
    signInAsMember(a, "leader");
    // 55 h this month (from the test above) and 55 h last month against 40 contracted.
    expect(await commitTimesheets(a.agency.slug, { text: sheet(a.client.name, month(-1)) })).toMatchObject({
      ok: true,
    });
    const data = await loadPortfolioData(a.agency.id, a.users.leader.id, new Date());
    const signal = detectSignals(data.snapshot, new Date(), data.rules).find((s) => s.type === "OVER_SERVICING");
    expect(signal?.subject.id).toBe(a.account.id);
    expect(signal?.reason).toContain("30 h given away, worth $3,000");
  });

  it("refuses an unknown client row by row, non-leaders, and cannot book on another agency's client", async () => {
    signInAsMember(a, "leader");
    const foreign = await previewTimesheets(a.agency.slug, { text: sheet(b.client.name, month(0)) });
    expect(foreign).toMatchObject({ ok: true, data: { errorCount: 20 } });
    signInAsMember(a, "am");
    expect(await commitTimesheets(a.agency.slug, { text: sheet(a.client.name, month(0)) })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    signInAsMember(b, "leader");
    const before = await commercialState(db.admin);
    expect(await commitTimesheets(a.agency.slug, { text: sheet(a.client.name, month(0)) })).toMatchObject({
      ok: false,
    });
    expect(await commercialState(db.admin)).toEqual(before);
  });

  it("a file without the hours column asks for the mapping; a mapping fixes it", async () => {
    signInAsMember(a, "leader");
    const text = `When,Who,Client,Spent\n${month(0)}-02,Cy,${a.client.name},4\n`;
    expect(await previewTimesheets(a.agency.slug, { text })).toMatchObject({ ok: false, code: "invalid" });
    const mapped = await previewTimesheets(a.agency.slug, {
      text,
      mapping: { work_date: 0, person: 1, hours: 3 },
    });
    expect(mapped).toMatchObject({ ok: true, data: { errorCount: 0, counts: { created: 1 } } });
  });
});
