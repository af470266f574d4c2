/**
 * SQL expression builders for the set-based scale loader. Every row of a tenant is a pure function of its ordinal
 * (generate_series), so ids, names and values are deterministic and rows can point at each other by recomputing the
 * other row's id: no lookups, no round trips, no randomness (hashint4 instead of random()).
 */

/** A deterministic, RFC 4122 version-4-shaped uuid for the `n`-th row of `kind` in tenant `slug`. */
export function sid(slug: string, kind: string, n: string): string {
  return `(overlay(overlay(md5('${slug}:${kind}:' || (${n})::text) placing '4' from 13) placing '8' from 17))::uuid`;
}

/** A uniform float in [0, 1) from an integer expression and a salt. */
export function u(expr: string, salt: number): string {
  return `((hashint4((${expr})::int # ${salt}) & 2147483647)::float8 / 2147483648.0)`;
}

/** Picks from a SQL text array literal by an integer expression. */
export function pickText(values: readonly string[], indexExpr: string): string {
  return `(${textArray(values)})[1 + ((${indexExpr}) % ${values.length})]`;
}

export function textArray(values: readonly string[]): string {
  return `ARRAY[${values.map(literal).join(",")}]::text[]`;
}

export function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** CASE over cumulative thresholds: `buckets([["A", 0.2], ["B", 0.8]], uExpr)` = A below 0.2, else B. */
export function buckets(entries: readonly (readonly [string, number])[], uExpr: string, cast: string): string {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  const whens = entries.slice(0, -1).map(([value, weight]) => {
    acc += weight / total;
    return `WHEN ${uExpr} < ${acc.toFixed(6)} THEN ${literal(value)}`;
  });
  return `(CASE ${whens.join(" ")} ELSE ${literal(entries[entries.length - 1]![0])} END)::${cast}`;
}
