/**
 * Follow-ups and daily snapshots for a freshly seeded demo agency (issue 14), so the demo's "My follow-ups", the
 * dashboard's 12-week health chart and the account and AM pages' history have something to show from the first start.
 * Follow-ups come from the real sync over the seeded data; today's snapshot from the real snapshot job; one day a week for the 12 weeks
 * before it are today's figures with a small deterministic drift (the demo has no real past days to measure).
 */
import type { Db } from "../../lib/db/client";
import { withAppDatabase } from "../../lib/db/prisma";
import { syncFollowUps } from "../../lib/domain/follow-ups/sync";
import { recordDailySnapshots } from "../../lib/domain/snapshots/record";
import { utcDay } from "../../lib/domain/snapshots/daily";
import type { Clock } from "./dates";

const HISTORY_DAYS = 84;
const DAY_MS = 86_400_000;

/** A stable number in [0, 1) from a string: the same account drifts the same way on every seed. */
function unit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

export async function seedFollowThrough(db: Db, agencyId: string, clock: Clock): Promise<void> {
  // Freshly bulk-loaded tables have no planner statistics yet; without them the portfolio's queries pick plans that
  // take tens of seconds on a new database. Autovacuum would catch up later; the seed needs them now.
  await db.$executeRawUnsafe("ANALYZE");
  await withAppDatabase(db, async () => {
    await syncFollowUps(agencyId, clock.now);
    await recordDailySnapshots(agencyId, clock.now);
  });
  const today = utcDay(clock.now);
  const [health, loads] = await Promise.all([
    db.accountHealthSnapshot.findMany({
      where: { agencyId, day: today },
      select: { accountId: true, healthScore: true },
    }),
    db.amLoadSnapshot.findMany({
      where: { agencyId, day: today },
      select: { amId: true, load: true, weightedLoad: true },
    }),
  ]);
  const healthRows = [];
  const loadRows = [];
  // One past day a week (the dashboard reads one day per week; the embedded database seeds in seconds, not minutes).
  for (let back = 7; back <= HISTORY_DAYS; back += 7) {
    const day = new Date(today.getTime() - back * DAY_MS);
    for (const h of health) {
      if (h.healthScore === null) continue;
      const u = unit(h.accountId);
      // Some accounts improved over the quarter, some slipped: the distribution moves, as a real one would.
      const drift = Math.round((u - 0.5) * 30 * (back / HISTORY_DAYS) + Math.sin(back / 5 + u * 6) * 4);
      healthRows.push({
        agencyId,
        accountId: h.accountId,
        day,
        healthScore: Math.max(0, Math.min(100, h.healthScore + drift)),
      });
    }
    for (const l of loads) {
      const fewer = Math.floor((back / HISTORY_DAYS) * 2 * unit(l.amId));
      const load = Math.max(0, l.load - fewer);
      loadRows.push({ agencyId, amId: l.amId, day, load, weightedLoad: Math.max(0, Number(l.weightedLoad) - fewer) });
    }
  }
  for (let i = 0; i < healthRows.length; i += 1000) {
    await db.accountHealthSnapshot.createMany({ data: healthRows.slice(i, i + 1000), skipDuplicates: true });
  }
  await db.amLoadSnapshot.createMany({ data: loadRows, skipDuplicates: true });
}
