import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { signInAs } from "../support/session";
import { createAgencyFixture, type AgencyFixture } from "../factories/tenants";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { GET } = await import("../../app/api/agencies/[agency]/export/[kind]/route");
const { commitTimesheets, previewTimesheets, recordHours } = await import("../../lib/actions/commercial");

let db: AppTestDatabase;
let a: AgencyFixture;
let b: AgencyFixture;

const user = (u: { id: string; name: string; email: string }) => ({ id: u.id, name: u.name, email: u.email });

async function download(slug: string, kind: string, query = "") {
  const request = new NextRequest(`http://localhost/api/agencies/${slug}/export/${kind}${query}`);
  const response = await GET(request, { params: Promise.resolve({ agency: slug, kind }) });
  const text = (await response.text()).replace(/^\uFEFF/, "");
  return { status: response.status, text, lines: text.split("\r\n").filter(Boolean) };
}

beforeAll(async () => {
  db = await useAppTestDatabase();
  a = await createAgencyFixture(db.admin, "Alpha");
  b = await createAgencyFixture(db.admin, "Beta");
  for (const t of [a, b]) {
    await db.admin.account.update({ where: { id: t.account.id }, data: { monthlyValue: "5200.00" } });
  }
});
afterAll(async () => db.close());

describe("hours export", () => {
  it("writes the timesheet import's format: exported hours import back as no change", async () => {
    signInAs(user(a.users.leader));
    const sheet = `date,person,client,project,hours\n2026-10-01,Ann,${a.client.name},Social,3\n2026-10-02,Bo,${a.client.name},,7.5`;
    expect(await commitTimesheets(a.agency.slug, { text: sheet })).toMatchObject({ ok: true });
    expect(await recordHours(a.agency.slug, { accountId: a.account.id, month: "2026-09", hours: "12" })).toMatchObject({
      ok: true,
    });
    const out = await download(a.agency.slug, "hours", `?accountId=${a.account.id}&from=2026-09-01&to=2026-10-31`);
    expect(out.status).toBe(200);
    expect(out.lines[0]).toBe("date,person,client,account,project,hours,source");
    expect(out.lines.slice(1).sort()).toEqual([
      `2026-09-01,Recorded by hand,${a.client.name},Retainer,,12.00,MANUAL`,
      `2026-10-01,Ann,${a.client.name},Retainer,Social,3.00,IMPORT`,
      `2026-10-02,Bo,${a.client.name},Retainer,,7.50,IMPORT`,
    ]);
    const back = await previewTimesheets(a.agency.slug, { text: out.text });
    expect(back).toMatchObject({ ok: true, data: { errorCount: 0, counts: { created: 0, updated: 0, unchanged: 3 } } });
    expect((await download(a.agency.slug, "hours", "?from=2026-10-02")).lines).toHaveLength(2);
  });
});

describe("value-history export", () => {
  it("lists every dated change the trigger recorded, filterable by account and AM", async () => {
    signInAs(user(a.users.am));
    const out = await download(a.agency.slug, "value-history", `?accountId=${a.account.id}`);
    expect(out.status).toBe(200);
    expect(out.lines[0]).toBe("changed_at,client,account,kind,from_value,to_value,am_id,via_import,opportunity");
    const kinds = out.lines.slice(1).map((l) => l.split(",").slice(3, 6).join(","));
    expect(kinds.sort()).toEqual(["CHANGED,4500.00,5200.00", "CREATED,0.00,4500.00"]);
    const byAm = await download(a.agency.slug, "value-history", `?amId=${a.memberships.am.id}`);
    expect(byAm.lines).toHaveLength(3);
    expect((await download(a.agency.slug, "value-history", `?amId=${a.memberships.leader.id}`)).lines).toHaveLength(1);
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
      signInAs(user(a.users.leader));
      const foreign = await download(a.agency.slug, kind, `?accountId=${b.account.id}`);
      expect(foreign.status).toBe(200);
      expect(foreign.lines).toHaveLength(1);
      const all = await download(a.agency.slug, kind);
      expect(all.text).not.toContain(b.client.name);
      expect((await download(b.agency.slug, kind)).status).toBe(404);
      expect((await download(a.agency.slug, kind, "?accountId=nope")).status).toBe(400);
    },
  );
});
