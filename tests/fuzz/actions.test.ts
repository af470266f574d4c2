import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { signInAs } from "../support/session";
import { loadActionCatalog } from "./action-catalog";
import { ACTION_REGISTRY, actorOf, argsFor, isRefusal, type ActionEntry } from "./action-registry";
import { allIds, createTenant, refreshVersions, type Tenant, type Tenants } from "./fixtures";
import { fingerprint, type Fingerprint } from "./fingerprint";
import { assertTypedResult } from "./typed-result";
import { hostileText, isUuid, junkValue, leafPaths, poisonValue, replaceAt, valueAt } from "./hostile";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);

/**
 * Every server action against hundreds of hostile inputs (FUZZ_CASES per action, 300 by default; the seed changes every
 * run, so runs add up, and `FUZZ_CASES=1000` is the deep run before a release): junk of every
 * type, a valid input with one field poisoned (non-finite numbers, 20k+ characters, objects, huge arrays), and
 * foreign ids or another agency's slug. Each must come back as a typed refusal — never an unhandled error, never
 * accepted — and the database must be unchanged (fingerprint compared after every batch of 100; refusals' own
 * access.denied audit rows excepted). Separately, hostile text in free-text fields must get a typed result, stored or
 * refused. Actions are found on disk; one without an entry in action-registry.ts fails the first test.
 */
const CASES = Number(process.env.FUZZ_CASES ?? 300);
const TEXT_CASES = Number(process.env.FUZZ_TEXT_CASES ?? 100);
const BATCH = 100;
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

const catalog = await loadActionCatalog();
let db: AppTestDatabase;
/** The other agency: only ever probed (every attempt on it must be refused), so one serves every action. */
let other: Tenant;

beforeAll(async () => {
  db = await useAppTestDatabase();
  other = await createTenant(db.admin, "Beta");
  console.log(`[fuzz] seed ${SEED} (rerun with FUZZ_SEED=${SEED})`);
});
afterAll(async () => db?.close());

describe("the registry covers every server action", () => {
  it("every exported action has an entry in tests/fuzz/action-registry.ts, and every entry an action", () => {
    expect(catalog.length).toBeGreaterThanOrEqual(15);
    const missing = catalog.map((a) => a.key).filter((key) => !ACTION_REGISTRY[key]);
    expect(missing, `add these to tests/fuzz/action-registry.ts: ${missing.join(", ")}`).toEqual([]);
    const stale = Object.keys(ACTION_REGISTRY).filter((key) => !catalog.some((a) => a.key === key));
    expect(stale, "registry entries with no action").toEqual([]);
  });
});

type Kind = "junk" | "poisoned" | "foreign";
type Case = { kind: Kind; args: unknown[] };

/** fast-check prints counterexamples with this: keep 60k-character inputs out of the report. */
const shown = (kind: Kind, args: unknown[]): Case =>
  Object.assign({ kind, args }, { [fc.toStringMethod]: () => `${kind} ${describeArgs(args)}` });

function hostileCases(entry: ActionEntry, x: Tenants): fc.Arbitrary<Case> {
  const valid = () => entry.valid(x.a);
  const junk = fc.tuple(junkValue, junkValue, fc.boolean()).map(([value, slug, junkSlug]): Case => {
    if (entry.call === "member" && junkSlug) return shown("junk", [slug, valid()]);
    return shown("junk", entry.call === "none" ? [value, slug] : argsFor(entry, x.a.slug, value));
  });
  const options: fc.WeightedArbitrary<Case>[] = [{ weight: 5, arbitrary: junk }];

  const paths = leafPaths(valid());
  if (entry.call !== "none" && paths.length > 0) {
    const poisoned = fc
      .tuple(fc.constantFrom(...paths), poisonValue)
      .map(([path, poison]) => shown("poisoned", argsFor(entry, x.a.slug, replaceAt(valid(), path, poison))));
    options.push({ weight: 4, arbitrary: poisoned });
  }

  const foreign: fc.Arbitrary<Case>[] = [];
  const idPaths = paths.filter((path) => isUuid(valueAt(valid(), path)));
  if (idPaths.length > 0) {
    const foreignId = fc.oneof(fc.constantFrom(...allIds(x.b)), fc.uuid());
    foreign.push(
      fc
        .tuple(fc.subarray(idPaths, { minLength: 1 }), fc.array(foreignId, { minLength: idPaths.length }))
        .map(([chosen, ids]) =>
          shown(
            "foreign",
            argsFor(
              entry,
              x.a.slug,
              chosen.reduce((input, path, i) => replaceAt(input, path, ids[i]), valid()),
            ),
          ),
        ),
    );
  }
  if (entry.call === "member") {
    foreign.push(fc.constantFrom(x.a, x.b).map((t) => shown("foreign", [x.b.slug, entry.valid(t)])));
  }
  const probes = entry.foreignIds(x);
  if (probes.length > 0) {
    foreign.push(fc.constantFrom(...probes).map((input) => shown("foreign", argsFor(entry, x.a.slug, input))));
  }
  if (foreign.length > 0) options.push({ weight: 1, arbitrary: fc.oneof(...foreign) });
  return fc.oneof(...options);
}

function describeArgs(args: unknown[]): string {
  const text = JSON.stringify(args, (_, v: unknown) => (typeof v === "bigint" ? `${v}n` : v)) ?? String(args);
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
}

const fuzzed = catalog.filter((action) => ACTION_REGISTRY[action.key]);

describe.each(fuzzed)("$key", ({ key, fn }) => {
  const entry = ACTION_REGISTRY[key]!;
  let x: Tenants;

  // A fresh agency A per action: its valid input may consume rows (archive, deactivate, accept).
  beforeAll(async () => {
    x = { a: await createTenant(db.admin, "Alpha"), b: other };
  });

  it(`${CASES} hostile inputs → typed refusals, the database unchanged`, async () => {
    signInAs(actorOf(entry, x.a));
    await refreshVersions(db.admin, x.a);
    const seeded = await fn(...argsFor(entry, x.a.slug, entry.valid(x.a)));
    assertTypedResult(entry, seeded, "the registry's valid input");
    expect(isRefusal(entry, seeded), `${key}: the registry's valid input was refused: ${describeArgs([seeded])}`).toBe(
      false,
    );

    const counts = { junk: 0, poisoned: 0, foreign: 0 };
    let baseline: Fingerprint = await fingerprint(db.admin);
    let batch: string[] = [];
    await fc.assert(
      fc.asyncProperty(hostileCases(entry, x), async ({ kind, args }) => {
        const result = await fn(...args).catch((error: unknown) => {
          throw new Error(`${key} threw for ${describeArgs(args)}: ${String(error)}`);
        });
        assertTypedResult(entry, result, describeArgs(args));
        // An action without input ("none") is read-only: its result is checked for type, the database for change.
        if (entry.call !== "none" && !isRefusal(entry, result)) {
          throw new Error(`${key} accepted a ${kind} input: ${describeArgs(args)}`);
        }
        counts[kind]++;
        batch.push(describeArgs(args));
        if (batch.length === BATCH) {
          const now = await fingerprint(db.admin);
          if (JSON.stringify(now) !== JSON.stringify(baseline)) {
            const changed = Object.keys(now).filter((table) => now[table] !== baseline[table]);
            throw new Error(`${key}: refused inputs changed ${changed.join(", ")}; one of:\n${batch.join("\n")}`);
          }
          baseline = now;
          batch = [];
        }
      }),
      { numRuns: CASES, seed: SEED, endOnFailure: true },
    );
    expect(await fingerprint(db.admin)).toEqual(baseline);
    console.log(
      `[fuzz] ${key}: ${CASES} refused (${counts.junk} junk, ${counts.poisoned} poisoned, ${counts.foreign} foreign)`,
    );
  });

  const textCases = Math.min(TEXT_CASES, entry.textCases ?? TEXT_CASES);
  it.runIf((entry.freeText?.length ?? 0) > 0)(`${textCases} hostile texts → a typed result each`, async () => {
    signInAs(actorOf(entry, x.a));
    let accepted = 0;
    // Only inputs that name a row version need it re-read, and only after a stored text (which bumps it).
    const namesVersion = /"expectedVersion"/.test(JSON.stringify(entry.valid(x.a)));
    await refreshVersions(db.admin, x.a);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...(entry.freeText ?? [])), hostileText, async (field, text) => {
        const input = { ...(entry.valid(x.a) as object), [field]: text };
        const args = argsFor(entry, x.a.slug, input);
        const result = await fn(...args);
        assertTypedResult(entry, result, describeArgs(args));
        if (isRefusal(entry, result)) return;
        accepted++;
        if (namesVersion) await refreshVersions(db.admin, x.a);
      }),
      { numRuns: textCases, seed: SEED, endOnFailure: true },
    );
    console.log(`[fuzz] ${key}: ${textCases} hostile texts, ${accepted} stored, ${textCases - accepted} refused`);
  });
});
