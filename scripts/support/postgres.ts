/**
 * The scripts' and tests' own connections to PostgreSQL (superuser or a seeded database), outside the app's Prisma
 * clients: creating and dropping databases and roles, and reading sample rows. One connection per call, always closed.
 */
import pg from "pg";

export async function withPgClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function queryOnce<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<pg.QueryResult<T>> {
  return withPgClient(url, (client) => client.query<T>(sql, params));
}

/** The same server as `url`, another database (and, when given, another login). */
export function withDatabase(url: string, database: string, user?: string): string {
  const out = new URL(url);
  out.pathname = `/${database}`;
  if (user) out.username = user;
  return out.toString();
}
