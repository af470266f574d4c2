import { Prisma } from "@/lib/db/generated/client";

/** `AND <condition>` when the filter is set, nothing when it is not: the optional filters of the raw-SQL lists. */
export function andWhen<T>(value: T | null | undefined, condition: (value: NonNullable<T>) => Prisma.Sql): Prisma.Sql {
  return value ? Prisma.sql`AND ${condition(value)}` : Prisma.empty;
}

/** `%q%` for ILIKE, LIKE's own characters in the search taken literally. */
const containing = (q: string) => `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** The search box: `q` (trimmed) in any of the columns, case-insensitive; nothing for a blank search. */
export function andSearch(q: string | undefined, columns: Prisma.Sql[]): Prisma.Sql {
  const text = q?.trim();
  if (!text) return Prisma.empty;
  return Prisma.sql`AND (${Prisma.join(
    columns.map((column) => Prisma.sql`${column} ILIKE ${containing(text)}`),
    " OR ",
  )})`;
}
