/**
 * The demo's notifications, made by the real jobs (lib/notifications/jobs.ts) so a newcomer sees what they produce:
 * Brightside's leaders get their weekly digest and the AMs their daily digest (inbox items), beside the follow-up
 * notifications the seed's sync made, and the outbox delivers them all: without SMTP_URL they are caught as .eml files
 * under .data/mail, viewable at /dev/mail (`npm run demo` switches that page on). Idempotent like the jobs themselves
 * (a second run finds the digests and does nothing). Needs NEXTAUTH_SECRET (unsubscribe links); `npm run dev` and
 * `npm run demo` provide one. Imported dynamically, after the environment is complete.
 */
import type { Db } from "../../lib/db/client";
import { setAppDatabase } from "../../lib/db/prisma";
import { deliverPendingNotifications, runAmDigests, runLeaderDigests } from "../../lib/notifications/jobs";
import { dailyPeriodKey, weeklyPeriodKey } from "../../lib/notifications/schedule";

const DEMO_SLUG = "brightside";

export async function seedDemoNotifications(db: Db, today = new Date()) {
  const agency = await db.agency.findUnique({
    where: { slug: DEMO_SLUG },
    select: { id: true, isDemo: true, timeZone: true, weekStart: true },
  });
  if (!agency?.isDemo) return { leader: 0, am: 0, sent: 0 };
  setAppDatabase(db);
  // The most recent week-start day at noon UTC (the digest's schedule), so the demo has a digest from this week.
  let weekly = today;
  for (let back = 0; back < 8; back++) {
    const candidate = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - back, 12));
    if (candidate <= today && weeklyPeriodKey(candidate, agency, null)) {
      weekly = candidate;
      break;
    }
  }
  const scope = { agencyIds: [agency.id] };
  const leader = await runLeaderDigests({ now: weekly, ...scope });
  // Before the send hour (07:00 local) today's AM digest is not due yet: use the latest hour at which it was.
  let daily = today;
  for (let back = 0; back < 24 && !dailyPeriodKey(daily, agency.timeZone); back++) {
    daily = new Date(today.getTime() - (back + 1) * 3_600_000);
  }
  const am = await runAmDigests({ now: daily, ...scope });
  const sent = await deliverPendingNotifications({ now: today, ...scope });
  return { leader: leader.created, am: am.created, sent: sent.sent };
}
