import { describe, expect, it } from "vitest";
import { resolveAccountView } from "../../../lib/domain/accounts/list-filter";
import { accountListFilterSchema, createAccountSchema } from "../../../lib/domain/accounts/schemas";
import { yearsFromToday } from "../../../lib/domain/form-fields";
import { createClientSchema } from "../../../lib/domain/clients/schemas";
import { createContactSchema } from "../../../lib/domain/contacts/schemas";

const ID = "6f1c2c3e-8a4b-4c5d-9e6f-7a8b9c0d1e2f";

describe("form schemas", () => {
  it("normalises what forms send: blanks to null, money to two decimals, email to lower case", () => {
    expect(createClientSchema.parse({ name: " Acme ", industry: "", tier: "TIER_1", status: "ACTIVE" })).toEqual({
      name: "Acme",
      industry: null,
      tier: "TIER_1",
      status: "ACTIVE",
    });
    const account = createAccountSchema.parse({
      clientId: ID,
      amId: ID,
      name: "Retainer",
      kind: "RETAINER",
      monthlyValue: "12.5",
      complexity: "LOW",
      status: "ACTIVE",
      startDate: "2026-01-01",
      renewalDate: "",
    });
    expect(account).toMatchObject({ monthlyValue: "12.50", renewalDate: undefined });
    expect(
      createContactSchema.parse({ clientId: ID, name: "Jo Bloggs", email: "Jo@X.Example", isPrimary: "on" }),
    ).toMatchObject({ email: "jo@x.example", phone: null, title: null, isPrimary: true });
  });

  it("takes a start date up to ten years ahead, not a day more", () => {
    const base = { clientId: ID, amId: ID, name: "Later", kind: "PROJECT", monthlyValue: "0" };
    const at = (startDate: string) =>
      createAccountSchema.safeParse({ ...base, complexity: "LOW", status: "ACTIVE", startDate }).success;
    expect(at(yearsFromToday(10))).toBe(true);
    expect(at(yearsFromToday(11))).toBe(false);
  });

  it("takes a blank start date as unknown, and then has no start for a renewal to precede", () => {
    const base = { clientId: ID, amId: ID, name: "Inherited", kind: "RETAINER", monthlyValue: "0" };
    const parsed = createAccountSchema.safeParse({
      ...base,
      complexity: "LOW",
      status: "ACTIVE",
      startDate: " ",
      renewalDate: "2001-01-01",
    });
    expect(parsed.success && parsed.data).toMatchObject({ startDate: undefined, renewalDate: "2001-01-01" });
    const dated = { ...base, complexity: "LOW", status: "ACTIVE", startDate: "2026-01-01", renewalDate: "2001-01-01" };
    expect(createAccountSchema.safeParse(dated).success).toBe(false);
  });

  it("ignores junk in list URLs instead of failing the page", () => {
    expect(accountListFilterSchema.parse({ tier: "TIER_9", am: "nope", view: "x", q: "  seo " })).toEqual({
      tier: undefined,
      am: undefined,
      view: undefined,
      q: "seo",
    });
  });
});

describe("whose book the account list shows", () => {
  const viewer = { isAm: true, membershipId: ID };
  it("AMs land on their own book; the AM picker only counts on 'All accounts'", () => {
    const other = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    expect(resolveAccountView({ am: other }, viewer)).toEqual({
      view: "mine",
      query: { q: undefined, tier: undefined, status: undefined, amId: ID },
    });
    expect(resolveAccountView({ am: other, view: "all" }, viewer).query.amId).toBe(other);
  });
  it("everyone else sees all accounts", () => {
    expect(resolveAccountView({}, { isAm: false, membershipId: ID })).toMatchObject({ view: "all" });
  });
});
