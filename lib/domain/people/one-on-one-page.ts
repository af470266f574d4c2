import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import { keysetPage, type PageRequest, type SortKey } from "@/lib/pagination/keyset";

/** A pair's 1:1s come a page at a time: every two weeks for years would otherwise grow the person page unbounded. */
export const ONE_ON_ONE_PAGE_SIZE = 10;

type OneOnOneKey = { id: string; heldOn: Date; createdAt: Date };

/** Newest meeting first, then the newest record of a day, then id: served by the (agencyId, amId, heldOn DESC) index. */
const ONE_ON_ONE_KEYS: readonly SortKey<OneOnOneKey>[] = [
  { dir: "desc", sql: Prisma.sql`o."heldOn"`, cast: "date", value: (r) => r.heldOn.toISOString().slice(0, 10) },
  { dir: "desc", sql: Prisma.sql`o."createdAt"`, cast: "timestamp", value: (r) => r.createdAt.toISOString() },
  { dir: "desc", sql: Prisma.sql`o."id"`, cast: "uuid", value: (r) => r.id },
];

const RECORD = {
  id: true,
  heldOn: true,
  topics: true,
  coachingNotes: true,
  questions: true,
  managerId: true,
  manager: { select: { user: { select: { name: true } } } },
  actions: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, dueDate: true, doneAt: true },
  },
} satisfies Prisma.OneOnOneSelect;

/**
 * One page of an AM's 1:1s with their actions, the count and the newest meeting's date (the overdue signal reads
 * that, not the page, so page 3 does not make a 1:1 look overdue). Row-level security hides all of it from anyone
 * outside the pair and the leaders, the raw seek query included.
 */
export async function readOneOnOnePage(tx: TenantTx, agencyId: string, amId: string, request: PageRequest) {
  const keys = await keysetPage(
    ONE_ON_ONE_KEYS,
    request,
    (how) =>
      tx.$queryRaw<OneOnOneKey[]>`
      SELECT o."id", o."heldOn", o."createdAt"
      FROM "OneOnOne" o
      WHERE o."agencyId" = ${agencyId}::uuid AND o."amId" = ${amId}::uuid AND ${how.where}
      ORDER BY ${how.orderBy}
      LIMIT ${how.limit}`,
  );
  const where = { agencyId, amId };
  const rows = await tx.oneOnOne.findMany({
    where: { ...where, id: { in: keys.items.map((k) => k.id) } },
    select: RECORD,
  });
  const total = await tx.oneOnOne.count({ where });
  const newest = await tx.oneOnOne.aggregate({ where, _max: { heldOn: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = keys.items.flatMap((k) => byId.get(k.id) ?? []);
  return { page: { ...keys, items }, total, lastHeldOn: newest._max.heldOn };
}
export type OneOnOneRecord = Awaited<ReturnType<typeof readOneOnOnePage>>["page"]["items"][number];
