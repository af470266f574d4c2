import { Prisma } from "@/lib/db/generated/client";
import { firstParam, type SearchRecord } from "@/lib/server/search-params";

/**
 * Keyset ("seek") pagination for every list: a page starts strictly after (or ends strictly before) the sort key of
 * the row at its edge, never at an offset. A row added or removed between two requests therefore cannot make a row
 * repeat or vanish on the next page, and deep pages cost what the first one does (an index range, not a skip).
 *
 * A list names its order as keys: the SQL expression (never NULL: coalesce nullable columns), its direction, the cast
 * the cursor value needs, and how to read the value from a row. The last key must make the order total (an id).
 * Cursors are opaque strings in the URL (`?after=` / `?before=`), so paging works with plain links and no script.
 * Lists composed in memory (the dashboard's ranking, an AM's book) page through the same cursors with `pageInMemory`.
 */

export type KeyValue = string | number | boolean;
export type KeyCast = "text" | "int" | "float8" | "numeric" | "timestamp" | "date" | "uuid" | "bigint" | "bool";

/** A key of a list composed in memory: its direction and how to read it from a row. */
export type MemoryKey<Row> = { dir: "asc" | "desc"; value: (row: Row) => KeyValue };

/** A key of a list read from SQL: also the expression to sort and seek on, and the cast for the cursor value. */
export type SortKey<Row> = MemoryKey<Row> & { sql: Prisma.Sql; cast: KeyCast };

/** What the address asked for: the page after one cursor, before one, or the first page. */
export type PageRequest = { after?: string; before?: string; size: number };

export type Page<Row> = {
  items: Row[];
  /** Cursor for the following page (`?after=`), null on the last page. */
  next: string | null;
  /** Cursor for the preceding page (`?before=`), null on the first page. */
  previous: string | null;
};

export const DEFAULT_PAGE_SIZE = 25;

export function encodeCursor(values: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/** The key values of a cursor, or null when it is not one of ours (a tampered or stale address starts over). */
export function decodeCursor(cursor: string | undefined, length: number): KeyValue[] | null {
  if (!cursor || cursor.length > 2000) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(values) || values.length !== length) return null;
    return values.every((v) => ["string", "number", "boolean"].includes(typeof v)) ? (values as KeyValue[]) : null;
  } catch {
    return null;
  }
}

/** `?after=` / `?before=` from a page's search params; a malformed value is ignored. */
export function pageRequest(search: SearchRecord, size = DEFAULT_PAGE_SIZE): PageRequest {
  const before = firstParam(search.before);
  const after = firstParam(search.after);
  return before ? { before, size } : after ? { after, size } : { size };
}

const CASTS: Record<KeyCast, Prisma.Sql> = {
  text: Prisma.raw("text"),
  int: Prisma.raw("int"),
  float8: Prisma.raw("float8"),
  numeric: Prisma.raw("numeric"),
  timestamp: Prisma.raw("timestamp(3)"),
  date: Prisma.raw("date"),
  uuid: Prisma.raw("uuid"),
  bigint: Prisma.raw("bigint"),
  bool: Prisma.raw("boolean"),
};

/** Cursor values in a form SQL can compare: timestamps travel as ISO strings, big ids as strings. */
export function keyValues<Row>(keys: readonly MemoryKey<Row>[], row: Row): KeyValue[] {
  return keys.map((key) => key.value(row));
}

type Seek = { where: Prisma.Sql; orderBy: Prisma.Sql; limit: number; backwards: boolean };

/**
 * The SQL pieces for one page: a condition to AND into the list's WHERE (TRUE on the first page), the ORDER BY list
 * (reversed when paging backwards) and the LIMIT (one more than the page, to know whether another page follows).
 */
export function seek<Row>(keys: readonly SortKey<Row>[], request: PageRequest): Seek {
  const cursor = decodeCursor(request.before ?? request.after, keys.length);
  // A malformed `before` falls back to the first page rather than to the last page reversed.
  const backwards = Boolean(request.before) && cursor !== null;
  const dirOf = (key: SortKey<Row>) => ((key.dir === "asc") !== backwards ? "ASC" : "DESC");
  const orderBy = Prisma.join(keys.map((key) => Prisma.sql`${key.sql} ${Prisma.raw(dirOf(key))}`));
  const value = (i: number) => Prisma.sql`${cursor![i]}::${CASTS[keys[i]!.cast]}`;
  // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR …, with < for descending keys: mixed directions cannot use a row comparison.
  const where = cursor
    ? Prisma.sql`(${Prisma.join(
        keys.map((key, i) => {
          const equal = keys.slice(0, i).map((prior, j) => Prisma.sql`${prior.sql} = ${value(j)}`);
          const beyond = Prisma.sql`${key.sql} ${Prisma.raw(dirOf(key) === "ASC" ? ">" : "<")} ${value(i)}`;
          return Prisma.sql`(${Prisma.join([...equal, beyond], " AND ")})`;
        }),
        " OR ",
      )})`
    : Prisma.sql`TRUE`;
  return { where, orderBy, limit: request.size + 1, backwards };
}

/** Turns the rows a `seek` query returned (up to size + 1, in query order) into a page in display order. */
export function toPage<Row>(keys: readonly SortKey<Row>[], request: PageRequest, rows: Row[], how: Seek): Page<Row> {
  const more = rows.length > request.size;
  const kept = rows.slice(0, request.size);
  const items = how.backwards ? kept.reverse() : kept;
  const edge = (row: Row | undefined) => (row ? encodeCursor(keyValues(keys, row)) : null);
  if (how.backwards) return { items, previous: more ? edge(items[0]) : null, next: edge(items.at(-1)) };
  const cameFromCursor = decodeCursor(request.after, keys.length) !== null;
  return { items, previous: cameFromCursor ? edge(items[0]) : null, next: more ? edge(items.at(-1)) : null };
}

/** Runs one keyset page: `query` receives the seek condition, order and limit to place in its SQL. */
export async function keysetPage<Row>(
  keys: readonly SortKey<Row>[],
  request: PageRequest,
  query: (page: Seek) => Promise<Row[]>,
): Promise<Page<Row>> {
  const how = seek(keys, request);
  return toPage(keys, request, await query(how), how);
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function compareValues(a: KeyValue, b: KeyValue): number {
  if (typeof a === "string" && typeof b === "string") return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeyValues<Row>(keys: readonly MemoryKey<Row>[], x: KeyValue[], y: KeyValue[]): number {
  for (let i = 0; i < keys.length; i++) {
    const c = compareValues(x[i]!, y[i]!);
    if (c !== 0) return keys[i]!.dir === "asc" ? c : -c;
  }
  return 0;
}

/**
 * The first `size` rows in the keys' order: the first page of `pageInMemory` without sorting the whole list (a
 * dashboard shows the top of lists thousands long). Rows with equal keys keep their order, as in a stable sort.
 */
export function firstInOrder<Row>(keys: readonly MemoryKey<Row>[], all: Iterable<Row>, size: number): Row[] {
  const decorated = (row: Row) => ({ row, values: keyValues(keys, row) });
  return smallest(all, size, decorated, (x, y) => compareKeyValues(keys, x.values, y.values)).map((d) => d.row);
}

/** The `size` smallest items by `compare`, in order, in one pass (equal items keep their order). */
export function smallest<Item, D = Item>(
  all: Iterable<Item>,
  size: number,
  decorate: (item: Item) => D,
  compare: (a: D, b: D) => number,
): D[] {
  const top: D[] = [];
  if (size <= 0) return top;
  for (const item of all) {
    const d = decorate(item);
    if (top.length === size && compare(d, top[size - 1]!) >= 0) continue;
    let i = top.length;
    while (i > 0 && compare(d, top[i - 1]!) < 0) i--;
    top.splice(i, 0, d);
    if (top.length > size) top.pop();
  }
  return top;
}

/**
 * The same paging over a list composed in memory (already complete, e.g. the dashboard's ranking): sorts by the keys
 * and seeks past the cursor's key values, so an item added between two requests neither repeats nor vanishes.
 */
export function pageInMemory<Row>(
  keys: readonly MemoryKey<Row>[],
  all: readonly Row[],
  request: PageRequest,
): Page<Row> {
  // Each row's key values once (decorate, sort, undecorate): recomputed inside the comparator, twice per comparison,
  // they made sorting a large agency's 3,000-odd signals slow.
  const decorated = all.map((row) => ({ row, values: keyValues(keys, row) }));
  decorated.sort((x, y) => compareKeyValues(keys, x.values, y.values));
  const sorted = decorated.map((d) => d.row);
  const cursor = decodeCursor(request.before ?? request.after, keys.length);
  const position = (values: KeyValue[]) => decorated.findIndex((d) => compareKeyValues(keys, d.values, values) > 0);
  if (cursor && request.before) {
    const firstAfter = decorated.findIndex((d) => compareKeyValues(keys, d.values, cursor) >= 0);
    const end = firstAfter === -1 ? sorted.length : firstAfter;
    const start = Math.max(0, end - request.size);
    const items = sorted.slice(start, end);
    const edge = (row: Row | undefined) => (row ? encodeCursor(keyValues(keys, row)) : null);
    return { items, previous: start > 0 ? edge(items[0]) : null, next: edge(items.at(-1)) };
  }
  const start = cursor ? (position(cursor) === -1 ? sorted.length : position(cursor)) : 0;
  const items = sorted.slice(start, start + request.size);
  const edge = (row: Row | undefined) => (row ? encodeCursor(keyValues(keys, row)) : null);
  return {
    items,
    previous: start > 0 ? edge(items[0]) : null,
    next: start + request.size < sorted.length ? edge(items.at(-1)) : null,
  };
}
