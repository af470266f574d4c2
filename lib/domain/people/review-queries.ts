import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";

export const REASSIGNMENT_WINDOW_DAYS = 90;

type Facts = {
  roles: string[];
  managerId: string | null;
  managerSince: Date | null;
  cadenceDays: number | null;
  lastHeldOn: Date | null;
  openItems: number;
  lastAssessmentOn: Date | null;
  accounts: number;
  withoutGrowthPlan: number;
  openAsPm: number;
  incoming: number;
  outgoing: number;
};

/**
 * The facts the structure-first review needs about one AM, in two indexed queries (the AM page stays fast): one row
 * of counts and dates, each a subquery on an (agencyId, …) index, and the off-track projects on their accounts that
 * someone else runs. Row-level security applies: the 1:1 date is only there for those who may see the 1:1s.
 */
export async function readReviewFacts(tx: TenantTx, agencyId: string, amId: string, today: Date) {
  const since = new Date(today.getTime() - REASSIGNMENT_WINDOW_DAYS * 86_400_000);
  const [facts] = await tx.$queryRaw<Facts[]>(Prisma.sql`
    SELECT m."roles"::text[] AS "roles", p."managerId", p."managerSince", p."oneOnOneCadenceDays" AS "cadenceDays",
      (SELECT max(o."heldOn") FROM "OneOnOne" o WHERE o."agencyId" = m."agencyId" AND o."amId" = m."id") AS "lastHeldOn",
      (SELECT count(*)::int FROM "DevelopmentItem" d WHERE d."agencyId" = m."agencyId" AND d."membershipId" = m."id"
         AND d."status" IN ('PLANNED', 'IN_PROGRESS')) AS "openItems",
      (SELECT max(s."assessedOn") FROM "Assessment" s WHERE s."agencyId" = m."agencyId" AND s."membershipId" = m."id")
        AS "lastAssessmentOn",
      (SELECT count(*)::int FROM "Account" a WHERE a."agencyId" = m."agencyId" AND a."amId" = m."id"
         AND a."archivedAt" IS NULL AND a."status" IN ('ACTIVE', 'AT_RISK')) AS "accounts",
      (SELECT count(*)::int FROM "Account" a WHERE a."agencyId" = m."agencyId" AND a."amId" = m."id"
         AND a."archivedAt" IS NULL AND a."status" IN ('ACTIVE', 'AT_RISK')
         AND NOT EXISTS (SELECT 1 FROM "GrowthPlan" g WHERE g."agencyId" = a."agencyId" AND g."accountId" = a."id"
           AND g."status" = 'ACTIVE')) AS "withoutGrowthPlan",
      (SELECT count(*)::int FROM "Project" j WHERE j."agencyId" = m."agencyId" AND j."pmId" = m."id"
         AND j."archivedAt" IS NULL AND j."status" <> 'DONE') AS "openAsPm",
      (SELECT count(*)::int FROM "AuditEvent" e WHERE e."agencyId" = m."agencyId" AND e."action" = 'account.reassigned'
         AND e."createdAt" >= ${since} AND e."after"->>'amId' = m."id"::text) AS "incoming",
      (SELECT count(*)::int FROM "AuditEvent" e WHERE e."agencyId" = m."agencyId" AND e."action" = 'account.reassigned'
         AND e."createdAt" >= ${since} AND e."before"->>'amId' = m."id"::text) AS "outgoing"
    FROM "Membership" m
    LEFT JOIN "PersonProfile" p ON p."agencyId" = m."agencyId" AND p."membershipId" = m."id"
    WHERE m."agencyId" = ${agencyId}::uuid AND m."id" = ${amId}::uuid`);
  if (!facts) return null;
  const offTrack = await tx.project.findMany({
    where: {
      agencyId,
      archivedAt: null,
      status: { in: ["OFF_TRACK", "AT_RISK"] },
      pmId: { not: amId },
      account: { amId, archivedAt: null },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 10,
    select: { name: true, account: { select: { name: true } }, pm: { select: { user: { select: { name: true } } } } },
  });
  return {
    ...facts,
    offTrackElsewhere: offTrack.map((p) => ({
      projectName: p.name,
      accountName: p.account.name,
      pmName: p.pm.user.name,
    })),
  };
}
export type ReviewFacts = NonNullable<Awaited<ReturnType<typeof readReviewFacts>>>;
