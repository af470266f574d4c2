import { describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { downloadExport } from "../support/export-route";
import { commercialState } from "../support/commercial-state";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { previewScopeRequests, commitScopeRequests } = await import("../../lib/actions/commercial");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;

/** Ten requests the way a spreadsheet log has them: headers people write, a contact by name, decisions in words. */
function log(client: string, badMiddle = false) {
  const lines = ["Date,Client,Account,Requested by,Request,Estimate,Outcome"];
  for (let day = 1; day <= 10; day++) {
    const d = `2026-10-${String(day).padStart(2, "0")}`;
    const decision = day === 5 && badMiddle ? "maybe later" : ["Absorbed", "declined", "change order"][day % 3];
    lines.push(`${d},${client},Retainer,Dana Reyes,Extra banner set ${day},${day % 2 ? `"2,5"` : "4"},${decision}`);
  }
  return lines.join("\r\n");
}

setUpTwoAgencies(async (s) => {
  ({ db, a, b } = s);
  for (const t of [a, b]) {
    await db.admin.contact.create({ data: { agencyId: t.agency.id, clientId: t.client.id, name: "Dana Reyes" } });
  }
});

describe("scope-request import", () => {
  it("a messy file with a bad middle row imports nothing, and says which cell", async () => {
    signInAsMember(a, "leader");
    const before = await commercialState(db.admin);
    const input = { text: log(a.client.name, true), fileName: "messy.csv" };
    const preview = await previewScopeRequests(a.agency.slug, input);
    expect(preview).toMatchObject({ ok: true, data: { errorCount: 1, rowCount: 10 } });
    expect(preview.ok && preview.data.errors[0]).toMatchObject({ row: 6, column: "Outcome" });
    expect(await commitScopeRequests(a.agency.slug, input)).toMatchObject({ ok: false, code: "invalid" });
    expect(await commercialState(db.admin)).toEqual(before);
  });

  it("the fixed file imports once (audited); again changes nothing; a corrected row updates", async () => {
    signInAsMember(a, "leader");
    const input = { text: log(a.client.name), fileName: "fixed.csv" };
    const first = await commitScopeRequests(a.agency.slug, input);
    expect(first).toMatchObject({ ok: true, data: { counts: { created: 10, updated: 0, unchanged: 0 } } });
    const rows = await db.admin.scopeRequest.findMany({ where: { agencyId: a.agency.id }, include: { contact: true } });
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.contact?.name === "Dana Reyes" && r.loggedById === a.memberships.leader.id)).toBe(true);
    expect(rows.filter((r) => r.decision === "ABSORBED")).toHaveLength(3);
    const audits = { agencyId: a.agency.id, action: "scopeRequests.imported" };
    expect(await db.admin.auditEvent.count({ where: audits })).toBe(1);

    const after = await commercialState(db.admin);
    const again = await commitScopeRequests(a.agency.slug, input);
    expect(again).toMatchObject({ ok: true, data: { counts: { created: 0, updated: 0, unchanged: 10 } } });
    expect(await commercialState(db.admin)).toEqual(after);

    const corrected = input.text.replace("Extra banner set 2,4,change order", "extra  banner SET 2,4,Absorbed");
    const fix = await commitScopeRequests(a.agency.slug, { text: corrected });
    expect(fix).toMatchObject({ ok: true, data: { counts: { created: 0, updated: 1, unchanged: 9 } } });
    expect(await db.admin.scopeRequest.count({ where: { agencyId: a.agency.id, decision: "ABSORBED" } })).toBe(4);
  });

  it("the scope-requests export imports back as no change (a round trip)", async () => {
    signInAsMember(a, "leader");
    const exported = await downloadExport(a.agency.slug, "scope-requests", `?accountId=${a.account.id}`);
    expect(exported.status).toBe(200);
    expect(exported.text.split("\r\n")[0]).toBe(
      "asked_on,client,account,asked_by,summary,estimate_hours,decision,logged_by",
    );
    const back = await previewScopeRequests(a.agency.slug, { text: exported.text });
    expect(back).toMatchObject({
      ok: true,
      data: { errorCount: 0, counts: { created: 0, updated: 0, unchanged: 10 } },
    });
  });

  it("refuses unknown contacts and repeated rows row by row, non-leaders, and another agency's rows", async () => {
    signInAsMember(a, "leader");
    const twice = `${log(a.client.name)}\r\n2026-10-01,${a.client.name},Retainer,Nobody Known,Extra banner set 1,1,declined`;
    const preview = await previewScopeRequests(a.agency.slug, { text: twice });
    expect(preview.ok && preview.data.errors).toEqual([
      { row: 12, column: "Asked by", message: `${a.client.name} has no contact named "Nobody Known".` },
    ]);
    const repeated = `${log(a.client.name)}\r\n2026-10-01,${a.client.name},Retainer,,Extra banner set 1,1,declined`;
    const dup = await previewScopeRequests(a.agency.slug, { text: repeated });
    expect(dup.ok && dup.data.errors[0]).toMatchObject({ row: 12, column: "Request" });

    // B's client is an unknown name in A: every row refused, nothing written anywhere.
    const before = await commercialState(db.admin);
    const foreign = await commitScopeRequests(a.agency.slug, { text: log(b.client.name) });
    expect(foreign).toMatchObject({ ok: false, code: "invalid" });
    signInAsMember(a, "am");
    expect(await commitScopeRequests(a.agency.slug, { text: log(a.client.name) })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    signInAsMember(b, "leader");
    expect(await commitScopeRequests(a.agency.slug, { text: log(a.client.name) })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await commercialState(db.admin)).toEqual(before);
  });
});
