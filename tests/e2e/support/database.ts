import pg from "pg";

/** pg's own row type: untyped unless the caller names one. */
type UntypedRow = pg.QueryResult["rows"][number];

/** One query against the browser tests' database (E2E_DATABASE_URL), on a connection of its own. */
export async function sql<T = UntypedRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
