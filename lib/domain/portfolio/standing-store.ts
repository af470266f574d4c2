/**
 * The stored standing (docs/PERFORMANCE.md "Stored standing"): the rules' output per book, kept in BookStanding (one
 * row per book) so a dashboard view reads and sums (about a fifth of recomputing it for a large
 * agency). Database triggers only mark books dirty (BookDirty); the rules stay in TypeScript and run here:
 *  - after each server action, for the books it marked (`refreshAfterWrite`, from define-action.ts);
 *  - before each read, for whatever is still marked, or everything on a new UTC day or a first read.
 * tests/integration/stored-standing.test.ts proves the stored dashboard equals a fresh composition after every kind
 * of write.
 */
import { withTenant, type TenantTx } from "@/lib/db/tenant";
import { readSettingsOrThrow, type AgencySettingsRow } from "@/lib/domain/agencies/settings-queries";
import { readCommercialSnapshot } from "@/lib/domain/commercial/portfolio-query";
import {
  sumStanding,
  type AttentionItem,
  type Dashboard,
  type DashboardFilters,
  type StandingInput,
} from "./dashboard";
import { summarizeStanding, type DashboardSummary } from "./dashboard-lists";
import { guidelineFor } from "./guideline";
import { readPortfolioSnapshot } from "./load-portfolio";
import { readAccountManagers, readClients, readGrowthPipeline } from "./queries";
import { signalRulesFromSettings } from "@/lib/domain/agencies/settings-rules";
import {
  signalsByBook,
  standingOf,
  UNOWNED_BOOK,
  type AccountStanding,
  type SignalStanding,
  type Standing,
} from "./standing";

/**
 * Above this many marked books one whole-agency pass is cheaper than a scoped pass per book (a book costs about 10 ms,
 * the whole benchmark tenant about 400 ms with the writes).
 */
export const FULL_REFRESH_BOOKS = 25;

/** Rounds one refresher runs for marks that arrive while it works, before leaving the rest to the next read. */
const MAX_ROUNDS = 5;

export type RefreshOutcome = "fresh" | "books" | "full" | "deferred";

/**
 * Brings the agency's stored standing up to date for `today`'s UTC day. `booksOnly` (the write path) leaves the day's
 * first whole pass (a first view, a new day) to the next read or the daily job, so no write pays for it; the marks of
 * its own write it takes, by book or, when they reach many books (a settings change, a large import), in one pass.
 */
export async function refreshStanding(
  tx: TenantTx,
  agencyId: string,
  today: Date,
  options: { booksOnly?: boolean } = {},
): Promise<RefreshOutcome> {
  const day = utcDay(today);
  const before = await readState(tx, agencyId, day);
  if (before.fresh) return "fresh";
  // A write does not pay for the whole pass (first view, new day): that is left to the next read or the daily job.
  if (options.booksOnly && before.wholeDay) return "deferred";
  // One refresher per agency at a time; writers never take this lock for their writes (their marks are inserts). A
  // write's refresh does not wait for it: it would hold a pooled connection while waiting, and fifty writes at once
  // would empty the pool. The refresher holding the lock takes marks that arrive meanwhile in its next round.
  const lock = `standing:${agencyId}`;
  if (options.booksOnly) {
    const [got] = await tx.$queryRaw<{ locked: boolean }[]>`
      SELECT pg_try_advisory_xact_lock(hashtextextended(${lock}, 0)) AS "locked"`;
    if (!got?.locked) return "deferred";
  } else {
    await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${lock}, 0))`;
  }
  let outcome: RefreshOutcome = "fresh";
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const state = await readState(tx, agencyId, day);
    if (state.fresh) break;
    const marks = await tx.$queryRaw<{ id: string; amId: string }[]>`
      SELECT "id"::text AS "id", "amId" FROM "BookDirty" WHERE "agencyId" = ${agencyId}::uuid`;
    const books = [...new Set(marks.map((m) => m.amId))];
    if (state.wholeDay && options.booksOnly) return outcome === "fresh" ? "deferred" : outcome;
    const full = state.wholeDay || books.length > FULL_REFRESH_BOOKS;
    if (full) await refreshAll(tx, agencyId, today);
    else for (const amId of books) await refreshBook(tx, agencyId, amId, today);
    // Exactly the marks read above: a mark committed since then names a write this pass may not have seen.
    await tx.$executeRaw`DELETE FROM "BookDirty"
      WHERE "agencyId" = ${agencyId}::uuid AND "id" = ANY (${marks.map((m) => m.id)}::bigint[])`;
    outcome = full ? "full" : "books";
  }
  return outcome;
}

/** The write path's refresh, after the action's transaction committed. A failure here loses nothing: the marks stay. */
export async function refreshAfterWrite(agencyId: string, userId: string | null): Promise<void> {
  try {
    await withTenant(agencyId, userId, (tx) => refreshStanding(tx, agencyId, new Date(), { booksOnly: true }));
  } catch (error) {
    console.error("[standing] refresh after a write failed; the next read recomputes", error);
  }
}

/** Every book of the agency brought to today, the whole-agency pass included (the daily job). */
export async function refreshStandingToday(agencyId: string): Promise<RefreshOutcome> {
  return withTenant(agencyId, null, (tx) => refreshStanding(tx, agencyId, new Date()), { timeoutMs: 60_000 });
}

/** The leader dashboard and its whole ranking from the stored standing (the full list pages page through them). */
export function loadStoredDashboard(
  agencyId: string,
  userId: string | null,
  filters: DashboardFilters,
  today: Date,
): Promise<{ settings: AgencySettingsRow; dashboard: Dashboard; attention: AttentionItem[] }> {
  return withStoredStanding(agencyId, userId, today, (settings, input) => ({
    settings,
    ...sumStanding(input, today, filters),
  }));
}

/** The dashboard as the browser gets it (the top of each long list), from the stored standing. */
export function loadStoredSummary(
  agencyId: string,
  userId: string | null,
  filters: DashboardFilters,
  today: Date,
): Promise<{ settings: AgencySettingsRow; dashboard: DashboardSummary }> {
  return withStoredStanding(agencyId, userId, today, (settings, input) => ({
    settings,
    dashboard: summarizeStanding(input, today, filters),
  }));
}

/** In one transaction: the standing brought up to date, then read with the agency-wide rows the dashboard adds. */
function withStoredStanding<T>(
  agencyId: string,
  userId: string | null,
  today: Date,
  sum: (settings: AgencySettingsRow, input: StandingInput) => T,
): Promise<T> {
  return withTenant(agencyId, userId, async (tx) => {
    await refreshStanding(tx, agencyId, today);
    const settings = await readSettingsOrThrow(tx, agencyId);
    const ams = await readAccountManagers(tx, agencyId);
    const standing = await readStanding(tx, agencyId);
    const pipeline = await readGrowthPipeline(tx, agencyId);
    const commercial = await readCommercialSnapshot(tx, agencyId, today, settings.currency);
    return sum(settings, { guideline: guidelineFor(settings), ams, pipeline, commercial, ...standing });
  });
}

/**
 * Every book's standing, concatenated and unsorted. A client's signal stored in several books comes once. Each book is
 * one row of two JSON documents: reading 300 rows and parsing them costs about half of reading 7,000 narrow rows (the
 * driver's per-value conversion was most of it; scripts/bench/portfolio.ts).
 */
export async function readStanding(tx: TenantTx, agencyId: string): Promise<Standing> {
  const books = await tx.$queryRaw<{ accounts: string; signals: string }[]>`
    SELECT "accounts"::text AS "accounts", "signals"::text AS "signals"
    FROM "BookStanding" WHERE "agencyId" = ${agencyId}::uuid`;
  const accounts: AccountStanding[] = [];
  const signals: SignalStanding[] = [];
  const seenClientSignals = new Set<string>();
  for (const book of books) {
    for (const account of JSON.parse(book.accounts) as AccountStanding[]) accounts.push(account);
    for (const signal of JSON.parse(book.signals) as SignalStanding[]) {
      if (signal.subject.kind === "client") {
        const key = `${signal.subject.id}\u0000${signal.type}\u0000${signal.reason}`;
        if (seenClientSignals.has(key)) continue;
        seenClientSignals.add(key);
      }
      signals.push(signal);
    }
  }
  return { accounts, signals };
}

async function readState(tx: TenantTx, agencyId: string, day: string) {
  const [state] = await tx.$queryRaw<{ books: number; stale: number; marks: number }[]>`
    SELECT (SELECT count(*) FROM "BookStanding" WHERE "agencyId" = ${agencyId}::uuid)::int AS "books",
           (SELECT count(*) FROM "BookStanding" WHERE "agencyId" = ${agencyId}::uuid AND "day" <> ${day}::date)::int AS "stale",
           (SELECT count(*) FROM (SELECT 1 FROM "BookDirty" WHERE "agencyId" = ${agencyId}::uuid LIMIT 1) m)::int AS "marks"`;
  const { books, stale, marks } = state!;
  // No books yet (a first view) or some from another day: only a whole pass brings the standing to today.
  const wholeDay = books === 0 || stale > 0;
  return { wholeDay, fresh: !wholeDay && marks === 0 };
}

/** Every book at once: one whole-agency read, the rules once, every book rewritten. */
async function refreshAll(tx: TenantTx, agencyId: string, today: Date): Promise<void> {
  const data = await readPortfolioSnapshot(tx, agencyId, today);
  const standing = standingOf(data.snapshot, data.rules, today);
  const books = new Map<string, Standing>();
  const bookOf = (amId: string) => {
    let book = books.get(amId);
    if (!book) books.set(amId, (book = { accounts: [], signals: [] }));
    return book;
  };
  for (const amId of [UNOWNED_BOOK, ...data.snapshot.ams.map((am) => am.id)]) bookOf(amId);
  for (const account of standing.accounts) bookOf(account.amId).accounts.push(account);
  for (const { amId, signal } of signalsByBook(standing)) bookOf(amId).signals.push(signal);
  await tx.$executeRaw`DELETE FROM "BookStanding" WHERE "agencyId" = ${agencyId}::uuid`;
  await writeBooks(tx, agencyId, books, today);
}

/** One book: its owner's accounts read with a BookScope (or the unowned clients), the rules over them, its row. */
async function refreshBook(tx: TenantTx, agencyId: string, amId: string, today: Date): Promise<void> {
  const standing = amId === UNOWNED_BOOK ? await unownedStanding(tx, agencyId, today) : await ownedStanding();
  const signals = signalsByBook(standing).flatMap((row) => (row.amId === amId ? [row.signal] : []));
  await writeBooks(tx, agencyId, new Map([[amId, { accounts: standing.accounts, signals }]]), today);

  async function ownedStanding(): Promise<Standing> {
    const data = await readPortfolioSnapshot(tx, agencyId, today, { amId });
    return standingOf(data.snapshot, data.rules, today);
  }
}

/** Clients with no live account: only their own (relationship) signals, found by the same rules. */
async function unownedStanding(tx: TenantTx, agencyId: string, today: Date): Promise<Standing> {
  const settings = await readSettingsOrThrow(tx, agencyId);
  const ids = await tx.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "Client" c
    WHERE c."agencyId" = ${agencyId}::uuid AND c."archivedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "Account" a
                      WHERE a."agencyId" = c."agencyId" AND a."clientId" = c."id" AND a."archivedAt" IS NULL)`;
  const clients = ids.length ? await readClients(tx, agencyId, today, { clientIds: ids.map((c) => c.id) }) : [];
  const snapshot = { guideline: guidelineFor(settings), ams: [], accounts: [], projects: [], clients };
  return standingOf(snapshot, signalRulesFromSettings(settings), today);
}

/** The books' rows, one statement (an account moved between books is rewritten in both in the same pass). */
async function writeBooks(
  tx: TenantTx,
  agencyId: string,
  books: ReadonlyMap<string, Standing>,
  today: Date,
): Promise<void> {
  const rows = [...books].map(([amId, { accounts, signals }]) => ({ amId, accounts, signals }));
  await tx.$executeRaw`
    INSERT INTO "BookStanding" ("agencyId", "amId", "day", "accounts", "signals")
    SELECT ${agencyId}::uuid, b."amId", ${utcDay(today)}::date, b."accounts", b."signals"
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS b("amId" uuid, "accounts" json, "signals" json)
    ON CONFLICT ("agencyId", "amId") DO UPDATE
      SET "day" = EXCLUDED."day", "accounts" = EXCLUDED."accounts", "signals" = EXCLUDED."signals"`;
}

function utcDay(today: Date): string {
  return today.toISOString().slice(0, 10);
}
