import { describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { downloadExport } from "../support/export-route";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { commitTimesheets, previewTimesheets, recordHours } = await import("../../lib/actions/commercial");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;

setUpTwoAgencies(async (s) => {
  ({ db, a, b } = s);
  for (const t of [a, b]) {
    await db.admin.account.update({ where: { id: t.account.id }, data: { monthlyValue: "5200.00" } });
  }
});

describe("hours export", () => {
  it("writes the timesheet import's format: exported hours import back as no change", async () => {
    signInAsMember(a, "leader");
    const sheet = `date,person,client,project,hours\n2026-10-01,Ann,${a.client.name},Social,3\n2026-10-02,Bo,${a.client.name},,7.5`;
    expect(await commitTimesheets(a.agency.slug, { text: sheet })).toMatchObject({ ok: true });
    expect(await recordHours(a.agency.slug, { accountId: a.account.id, month: "2026-09", hours: "12" })).toMatchObject({
      ok: true,
    });
    const out = await downloadExport(
      a.agency.slug,
      "hours",
      `?accountId=${a.account.id}&from=2026-09-01&to=2026-10-31`,
    );
    expect(out.status).toBe(200);
    expect(out.lines[0]).toBe("date,person,client,account,project,hours,source");
    expect(out.lines.slice(1).sort()).toEqual([
      `2026-09-01,Recorded by hand,${a.client.name},Retainer,,12.00,MANUAL`,
      `2026-10-01,Ann,${a.client.name},Retainer,Social,3.00,IMPORT`,
      `2026-10-02,Bo,${a.client.name},Retainer,,7.50,IMPORT`,
    ]);
    const back = await previewTimesheets(a.agency.slug, { text: out.text });
    expect(back).toMatchObject({ ok: true, data: { errorCount: 0, counts: { created: 0, updated: 0, unchanged: 3 } } });
    expect((await downloadExport(a.agency.slug, "hours", "?from=2026-10-02")).lines).toHaveLength(2);
  });
});

describe("value-history export", () => {
  it("lists every dated change the trigger recorded, filterable by account and AM", async () => {
    signInAsMember(a, "am");
    const out = await downloadExport(a.agency.slug, "value-history", `?accountId=${a.account.id}`);
    expect(out.status).toBe(200);
    expect(out.lines[0]).toBe("changed_at,client,account,kind,from_value,to_value,am_id,via_import,opportunity");
    const kinds = out.lines.slice(1).map((l) => l.split(",").slice(3, 6).join(","));
    expect(kinds.sort()).toEqual(["CHANGED,4500.00,5200.00", "CREATED,0.00,4500.00"]);
    const byAm = await downloadExport(a.agency.slug, "value-history", `?amId=${a.memberships.am.id}`);
    expect(byAm.lines).toHaveLength(3);
    expect(
      (await downloadExport(a.agency.slug, "value-history", `?amId=${a.memberships.leader.id}`)).lines,
    ).toHaveLength(1);
  });
});

describe("commercial exports across agencies", () => {
  it.each(["hours", "scope-requests", "value-history"])(
    "%s: another agency's account id yields no rows; another agency's slug is not found; a bad id is a 400",
    async (kind) => {
      await db.admin.scopeRequest.create({
        data: {
          agencyId: b.agency.id,
          accountId: b.account.id,
          askedOn: new Date("2026-10-05"),
          summary: `B's own request for ${kind}`,
          estimateHours: "2",
          decision: "ABSORBED",
          loggedById: b.memberships.leader.id,
        },
      });
      await db.admin.timesheetEntry.create({
        data: {
          agencyId: b.agency.id,
          accountId: b.account.id,
          workDate: new Date("2026-10-05"),
          person: `B person ${kind}`,
          hours: "3",
          source: "IMPORT",
        },
      });
      signInAsMember(a, "leader");
      const foreign = await downloadExport(a.agency.slug, kind, `?accountId=${b.account.id}`);
      expect(foreign.status).toBe(200);
      expect(foreign.lines).toHaveLength(1);
      const all = await downloadExport(a.agency.slug, kind);
      expect(all.text).not.toContain(b.client.name);
      expect((await downloadExport(b.agency.slug, kind)).status).toBe(404);
      expect((await downloadExport(a.agency.slug, kind, "?accountId=nope")).status).toBe(400);
    },
  );
});
