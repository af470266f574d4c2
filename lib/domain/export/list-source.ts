import type { TenantTx } from "@/lib/db/tenant";
import type { Cell } from "./csv";
import type { ExportSource } from "./stream";

/** The rows after the previous batch's last id (keyset pagination; see csvStream). */
export const after = (id: string | null) => (id ? { id: { gt: id } } : {});

/** One batch in id order, spread into a findMany next to its `where` (which holds `after(cursor)`). */
export const inIdOrder = (take: number) => ({ orderBy: { id: "asc" as const }, take });

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

/** The filters that are set, as `where` fields: one left blank filters nothing. */
export const setFilters = <Fields extends Record<string, unknown>>(fields: Fields): Partial<Fields> =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value)) as Partial<Fields>;
