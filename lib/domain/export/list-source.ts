import type { TenantTx } from "@/lib/db/tenant";
import type { Cell } from "./csv";
import type { ExportSource } from "./stream";

/** The rows after the previous batch's last id (keyset pagination; see csvStream). */
const after = (id: string | null) => (id ? { id: { gt: id } } : {});

/** One batch in id order. */
const inIdOrder = (take: number) => ({ orderBy: { id: "asc" as const }, take });

/** A list export: `read` fetches one batch of rows after the cursor, `cells` writes one row's CSV cells. */
export function listSource<Row extends { id: string }>(
  header: readonly string[],
  read: (tx: TenantTx, cursor: string | null, take: number) => Promise<Row[]>,
  cells: (row: Row) => Cell[],
): ExportSource {
  return {
    header,
    read: async (tx, cursor, take) => (await read(tx, cursor, take)).map((row) => ({ id: row.id, cells: cells(row) })),
  };
}

/** One batch's `where` (the agency and the cursor added to the list's own filters), order and size. */
export type Batch = <Where extends object>(
  where: Where,
) => { where: Where & { agencyId: string }; orderBy: { id: "asc" }; take: number };

/**
 * A list export over one table of the agency: `find` reads one batch with `...batch(filters)` next to its select,
 * so every list starts from its agency and pages by id the same way.
 */
export function tableSource<Row extends { id: string }>(
  agencyId: string,
  header: readonly string[],
  find: (tx: TenantTx, batch: Batch) => Promise<Row[]>,
  cells: (row: Row) => Cell[],
): ExportSource {
  return listSource(
    header,
    (tx, cursor, take) =>
      find(tx, (where) => ({ where: { agencyId, ...after(cursor), ...where }, ...inIdOrder(take) })),
    cells,
  );
}

/** The filters that are set, as `where` fields: one left blank filters nothing. */
export const setFilters = <Fields extends Record<string, unknown>>(fields: Fields): Partial<Fields> =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value)) as Partial<Fields>;
