import { describe, expect, it } from "vitest";
import { runPipeline } from "../../../lib/domain/import/pipeline";
import type { ExistingState } from "../../../lib/domain/import/plan";
import { importInputSchema } from "../../../lib/domain/import/schemas";

const amId = "11111111-1111-4111-8111-111111111111";
const existing: ExistingState = { clients: [], accounts: [], contacts: [], ams: [{ id: amId, email: "am@x.example" }] };
// An agency's own spreadsheet: no start dates, as such files rarely have them.
const text = "Client,Tier,Account,AM,MRR\nAcme,1,Retainer,am@x.example,4500\nGlobex,2,Website,am@x.example,900\n";

describe("new accounts without a start date", () => {
  it("have an unknown start (null) when the preview chose no date, and are counted for the preview to say so", async () => {
    const result = await runPipeline(importInputSchema.parse({ text }), existing);
    if (!result.ok) throw new Error(result.message);
    expect(result.preview.errors).toEqual([]);
    expect(result.preview.newWithoutStartDate).toBe(2);
    expect(result.plan.accounts.create.map((a) => a.startDate)).toEqual([null, null]);
  });

  it("with an unknown start, a renewal date in the file is not checked against a start", async () => {
    const renewing = "Client,Tier,Account,AM,Renewal\nAcme,1,Retainer,am@x.example,2001-01-01\n";
    const result = await runPipeline(importInputSchema.parse({ text: renewing }), existing);
    if (!result.ok) throw new Error(result.message);
    expect(result.preview.errors).toEqual([]);
    expect(result.plan.accounts.create[0]).toMatchObject({ startDate: null, renewalDate: "2001-01-01" });
  });

  it("leave a stored account's start alone, known or unknown, when the cell is blank", async () => {
    const stored = (startDate: string | null) => ({
      ...existing,
      clients: [
        {
          id: amId,
          name: "Acme",
          tier: "TIER_1" as const,
          status: "ACTIVE" as const,
          industry: null,
          clientSince: null,
          archived: false,
        },
      ],
      accounts: [
        {
          id: amId,
          clientId: amId,
          name: "Retainer",
          amId,
          kind: "RETAINER" as const,
          monthlyValue: "4500.00",
          complexity: "STANDARD" as const,
          status: "ACTIVE" as const,
          startDate,
          renewalDate: null,
          archived: false,
        },
      ],
    });
    for (const startDate of ["2024-05-01", null]) {
      const input = importInputSchema.parse({ text, defaultStartDate: "2026-01-01" });
      const result = await runPipeline(input, stored(startDate));
      if (!result.ok) throw new Error(result.message);
      expect(result.preview.newWithoutStartDate).toBe(1); // Globex only
      expect(result.plan.accounts.update).toEqual([]);
      expect(result.plan.accounts.unchanged).toBe(1);
    }
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
