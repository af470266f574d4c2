import { withTenant } from "@/lib/db/tenant";
import { loadPortfolioSnapshot } from "@/lib/domain/portfolio/load-portfolio";
import { healthScoresByAccount } from "@/lib/domain/portfolio/signals";
import { healthRows, loadRows, utcDay } from "./daily";

/**
 * The `snapshots:daily` job for one agency: each load-bearing account's health score and each AM's load, for today's
 * UTC day. Idempotent per day: the primary keys are (agencyId, accountId, day) and (agencyId, amId, day) and a rerun
 * the same day overwrites with the newer figures, so retries and two workers leave one row each.
 */
export async function recordDailySnapshots(agencyId: string, today = new Date()) {
  const data = await loadPortfolioSnapshot(agencyId, null, today);
  const day = utcDay(today);
  const health = healthRows(healthScoresByAccount(data.snapshot.accounts, data.snapshot.projects, today, data.rules));
  const loads = loadRows(data.snapshot);
  return withTenant(
    agencyId,
    null,
    async (tx) => {
      if (health.length > 0) {
        await tx.$executeRaw`
        INSERT INTO "AccountHealthSnapshot" ("agencyId", "accountId", "day", "healthScore")
        SELECT ${agencyId}::uuid, x."accountId", ${day}::date, x."healthScore"
        FROM unnest(${health.map((h) => h.accountId)}::uuid[],
                    ${health.map((h) => h.healthScore)}::int[]) AS x("accountId", "healthScore")
        ON CONFLICT ("agencyId", "accountId", "day") DO UPDATE SET "healthScore" = EXCLUDED."healthScore"`;
      }
      if (loads.length > 0) {
        await tx.$executeRaw`
        INSERT INTO "AmLoadSnapshot" ("agencyId", "amId", "day", "load", "weightedLoad")
        SELECT ${agencyId}::uuid, x."amId", ${day}::date, x."load", x."weightedLoad"
        FROM unnest(${loads.map((l) => l.amId)}::uuid[], ${loads.map((l) => l.load)}::int[],
                    ${loads.map((l) => l.weightedLoad)}::numeric[]) AS x("amId", "load", "weightedLoad")
        ON CONFLICT ("agencyId", "amId", "day") DO UPDATE
          SET "load" = EXCLUDED."load", "weightedLoad" = EXCLUDED."weightedLoad"`;
      }
      return { accounts: health.length, ams: loads.length };
    },
    { timeoutMs: 60_000 },
  );
}
