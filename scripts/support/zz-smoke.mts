import { queryOnce, withDatabase, withPgClient } from "/work/wt-libdup/scripts/support/postgres";
const admin = "postgresql://postgres@127.0.0.1:5432/postgres";
console.log((await queryOnce<{ one: number }>(admin, "SELECT 1 AS one")).rows[0]?.one);
console.log(withDatabase(admin, "x_db", "role_a"));
console.log(await withPgClient(admin, async (c) => (await c.query("SELECT 2 AS two")).rows[0].two));
