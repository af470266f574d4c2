import type { Db } from "../../lib/db/client";

/**
 * A cheap digest of the whole database: per table, the row count and a sum of md5 hashes of every row's text. Two
 * equal fingerprints mean no row was added, removed or changed anywhere (short of a 64-bit hash collision). Refusals
 * after sign-in are audited by design (`access.denied` events), so those audit rows are left out; every other audit
 * event counts.
 * Read as the superuser, so row-level security hides nothing. Meant for the small fixture databases of tests.
 */
export type Fingerprint = Record<string, string>;

let cachedSql: string | undefined;

async function fingerprintSql(admin: Db): Promise<string> {
  if (cachedSql) return cachedSql;
  const tables = await admin.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  cachedSql = tables
    .map(({ name }) => {
      const where = name === "AuditEvent" ? `WHERE x."action" <> 'access.denied'` : "";
      // A sum of per-row hashes: independent of row order, so no sort of the whole table on every call.
      return `SELECT '${name}' AS name,
                count(*)::text || ':' || coalesce(sum(('x' || left(md5(x::text), 16))::bit(64)::bigint::numeric), 0)::text AS print
              FROM "${name}" x ${where}`;
    })
    .join(" UNION ALL ");
  return cachedSql;
}

export async function fingerprint(admin: Db): Promise<Fingerprint> {
  const rows = await admin.$queryRawUnsafe<{ name: string; print: string }[]>(await fingerprintSql(admin));
  return Object.fromEntries(rows.map((row) => [row.name, row.print]));
}
