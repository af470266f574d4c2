import { describe, expect, it, vi } from "vitest";
import type { AppTestDatabase } from "../support/app-database";
import { auditTrail } from "../support/db-state";
import { signInAs } from "../support/session";
import { loadActionCatalog } from "../fuzz/action-catalog";
import { ACTION_REGISTRY, actorOf, argsFor, isRefusal } from "../fuzz/action-registry";
import { setUpTenants, type Tenants } from "../fuzz/fixtures";
import { fingerprint } from "../fuzz/fingerprint";
import { assertTypedResult } from "../fuzz/typed-result";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);

/**
 * Every server action of the app (found on disk, tests/fuzz/action-catalog.ts), tried by agency A's people with
 * agency B's ids and with B's slug: every attempt is refused and nothing changes anywhere (only the refusal's own
 * access.denied audit row may be written). The probes live in tests/fuzz/action-registry.ts; an action without an
 * entry, or an id-taking action without a foreign-id probe, fails here. The refusal's audit row lands in A only: B's
 * audit trail never changes. Member actions' audit details are covered by cross-tenant-actions.test.ts.
 */
const catalog = await loadActionCatalog();
const covered = catalog.filter((action) => ACTION_REGISTRY[action.key]);
let db: AppTestDatabase, x: Tenants;
setUpTenants((s) => ({ db, x } = s));

const hasIdField = (input: unknown) => /Ids?"\s*:/.test(JSON.stringify(input ?? {}));
/** The input's fields that name one of B's rows by id (anywhere inside the field's value). */
const foreignFields = (input: unknown) => {
  const idsOfB = [x.b.agencyId, ...Object.values(x.b.ids)];
  return Object.entries(input ?? {})
    .filter(([, value]) => idsOfB.some((id) => JSON.stringify(value ?? null).includes(id)))
    .map(([field]) => field);
};

describe("coverage", () => {
  it("every server action has a registry entry (tests/fuzz/action-registry.ts)", () => {
    const missing = catalog.map((a) => a.key).filter((key) => !ACTION_REGISTRY[key]);
    expect(missing, `add cross-tenant probes for: ${missing.join(", ")}`).toEqual([]);
  });

  it("every action whose input names a row has at least one foreign-id probe", () => {
    const withoutProbe = covered
      .filter(({ key }) => hasIdField(ACTION_REGISTRY[key]!.valid(x.a)))
      .filter(({ key }) => ACTION_REGISTRY[key]!.foreignIds(x).length === 0)
      .map(({ key }) => key);
    expect(withoutProbe).toEqual([]);
  });
});

describe.each(covered)("$key", ({ key, fn }) => {
  const entry = ACTION_REGISTRY[key]!;

  it("A's caller naming B's rows is refused; nothing changes; the refusal is audited in A only", async () => {
    for (const input of entry.foreignIds(x)) {
      const actor = actorOf(entry, x.a);
      signInAs(actor);
      const before = await fingerprint(db.admin);
      const auditOfB = await auditTrail(db.admin, x.b.agencyId);
      const auditOfA = (await auditTrail(db.admin, x.a.agencyId)).length;
      const result = await fn(...argsFor(entry, x.a.slug, input));
      assertTypedResult(entry, result, JSON.stringify(input));
      expect(isRefusal(entry, result), `${key} accepted ${JSON.stringify(input)}`).toBe(true);
      if (entry.call === "member" && !entry.refused) {
        const { code, fieldErrors } = result as { code: string; fieldErrors?: Record<string, unknown> };
        expect(code, JSON.stringify(input)).toMatch(/^(not_found|forbidden|invalid)$/);
        // A foreign id refused as invalid is a field error on a field that names B's row (e.g. a foreign owner).
        // (Inputs that name B's rows by name or in a file are checked by the other assertions only.)
        if (code === "invalid" && foreignFields(input).length > 0) {
          const named = Object.keys(fieldErrors ?? {}).filter((path) =>
            foreignFields(input).includes(path.split(".")[0]!),
          );
          expect(named, `${JSON.stringify(input)}: ${JSON.stringify(fieldErrors)}`).not.toEqual([]);
        }
        const added = (await auditTrail(db.admin, x.a.agencyId)).slice(auditOfA);
        const denial = { action: "access.denied", actorId: actor?.id, entityType: "Action" };
        expect(added, JSON.stringify(input)).toMatchObject(code === "invalid" ? [] : [denial]);
      }
      expect(await fingerprint(db.admin), JSON.stringify(input)).toEqual(before);
      expect(await auditTrail(db.admin, x.b.agencyId), JSON.stringify(input)).toEqual(auditOfB);
    }
  });

  // Not a member of B: not found, and nothing is written anywhere, not even an audit row.
  it.runIf(entry.call === "member").each([
    { role: "leader", who: "A's leader" },
    { role: "am", who: "A's AM, not a member of B," },
  ] as const)("$who sending B's valid input with B's slug → not_found", async ({ role }) => {
    signInAs(x.a.users[role]);
    const before = await fingerprint(db.admin);
    const auditBefore = await auditTrail(db.admin);
    const result = await fn(...argsFor(entry, x.b.slug, entry.valid(x.b)));
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await fingerprint(db.admin)).toEqual(before);
    expect(await auditTrail(db.admin)).toEqual(auditBefore);
  });
});
