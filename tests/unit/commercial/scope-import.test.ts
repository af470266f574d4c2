import { describe, expect, it } from "vitest";
import { checkScopeFile, readDecision, readEstimate } from "@/lib/domain/commercial/scope-import-check";
import { planScopeImport, type ScopeImportExisting } from "@/lib/domain/commercial/scope-import-plan";

const existing: ScopeImportExisting = {
  clients: [{ id: "c1", name: "Acme", archived: false }],
  accounts: [
    { id: "a1", clientId: "c1", name: "Retainer", archived: false },
    { id: "a2", clientId: "c1", name: "Old", archived: true },
  ],
  contacts: [{ id: "p1", clientId: "c1", name: "Dana Reyes" }],
  requests: [
    {
      id: "r1",
      accountId: "a1",
      askedOn: "2026-10-01",
      summary: "Extra banners",
      contactId: "p1",
      estimateHours: 3,
      decision: "ABSORBED",
    },
  ],
};

function plan(text: string) {
  const checked = checkScopeFile({ text });
  if (!checked.ok) throw new Error(checked.message);
  return { checked: checked.checked, plan: planScopeImport(checked.checked.rows, existing) };
}

describe("scope-request import", () => {
  it("reads decisions and estimates as people write them", () => {
    expect(["Absorbed", "declined", "Change order", "change_order", "CO"].map((t) => readDecision(t))).toEqual([
      { ok: true, value: "ABSORBED" },
      { ok: true, value: "DECLINED" },
      { ok: true, value: "CHANGE_ORDER" },
      { ok: true, value: "CHANGE_ORDER" },
      { ok: true, value: "CHANGE_ORDER" },
    ]);
    expect(readDecision("maybe").ok).toBe(false);
    expect(readEstimate("2,5")).toEqual({ ok: true, value: 2.5 });
    expect(readEstimate("0")).toEqual({ ok: true, value: 0 });
    expect(readEstimate("-1").ok).toBe(false);
    expect(readEstimate("10000").ok).toBe(false);
  });

  it("maps the export's headers and a person's headers alike; refuses a file without the decision column", () => {
    const exported = plan(
      "asked_on,client,account,asked_by,summary,estimate_hours,decision,logged_by\n" +
        "2026-10-01,Acme,Retainer,Dana Reyes,Extra banners,3.00,ABSORBED,Lena",
    );
    expect(exported.plan.counts).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(checkScopeFile({ text: "Date,Client,Request,Estimate\n2026-10-01,Acme,x,1" })).toEqual({
      ok: false,
      message: "Choose the columns for Decision: every row needs them.",
    });
  });

  it("matches a stored request by account, day and wording; updates what differs; refuses repeats and strangers", () => {
    const { plan: p } = plan(
      [
        "Date,Client,Requested by,Request,Estimate,Outcome",
        "2026-10-01,ACME,,extra  BANNERS,3,declined",
        "2026-10-02,Acme,Dana Reyes,New landing page,8,change order",
        "2026-10-02,Acme,,New landing page,8,declined",
        "2026-10-03,Acme,Nobody,Copy edits,1,absorbed",
        "2026-10-03,Nowhere Inc,,Copy edits,1,absorbed",
      ].join("\n"),
    );
    expect(p.counts).toEqual({ created: 1, updated: 1, unchanged: 0 });
    // A blank contact keeps the stored one.
    expect(p.requests[0]).toMatchObject({ id: "r1", contactId: "p1", decision: "DECLINED" });
    expect(p.errors).toEqual([
      { row: 4, column: "Request", message: "Row 3 has the same account, date and request: keep one of them." },
      { row: 5, column: "Asked by", message: 'Acme has no contact named "Nobody".' },
      { row: 6, column: "Client", message: 'No client named "Nowhere Inc".' },
    ]);
  });
});
