import { describe, expect, it } from "vitest";
import { runPipeline } from "../../../lib/domain/import/pipeline";
import type { ExistingState } from "../../../lib/domain/import/plan";
import { importInputSchema } from "../../../lib/domain/import/schemas";

const amId = "11111111-1111-4111-8111-111111111111";
const existing: ExistingState = { clients: [], accounts: [], contacts: [], ams: [{ id: amId, email: "am@x.example" }] };
// An agency's own spreadsheet: no start dates, as such files rarely have them.
const text = "Client,Tier,Account,AM,MRR\nAcme,1,Retainer,am@x.example,4500\nGlobex,2,Website,am@x.example,900\n";

describe("new accounts without a start date", () => {
  it("are refused one by one when the preview chose no default", async () => {
    const result = await runPipeline(importInputSchema.parse({ text }), existing);
    if (!result.ok) throw new Error(result.message);
    expect(result.preview.errors.map((e) => e.column)).toEqual(["start_date", "start_date"]);
  });

  it("take the default start date the preview chose", async () => {
    const input = importInputSchema.parse({ text, defaultStartDate: "2026-01-01" });
    const result = await runPipeline(input, existing);
    if (!result.ok) throw new Error(result.message);
    expect(result.preview.errors).toEqual([]);
    expect(result.plan.accounts.create.map((a) => a.startDate)).toEqual(["2026-01-01", "2026-01-01"]);
  });

  it("refuses a default that is not a date", () => {
    expect(importInputSchema.safeParse({ text, defaultStartDate: "soon" }).success).toBe(false);
  });
});
