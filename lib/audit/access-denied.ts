import { cache } from "react";
import { withTenant, type TenantTx } from "@/lib/db/tenant";
import { recordAudit } from "./record";

type Reason = "not_member" | "forbidden" | "not_found";

/**
 * How many refused visits by NON-members an agency's audit log takes: anyone signed in can probe any slug, and each
 * probe used to write a row into the probed agency's log. Per prober one row per window, per agency a cap per hour;
 * beyond that the probes are dropped (the rows already written show the probing).
 */
export const NON_MEMBER_AUDIT_BOUND = { perProberMinutes: 10, perAgencyPerHour: 20 } as const;

/**
 * Records a refused page visit in the audit log of the agency that was probed ("access.denied"), so leaders can see
 * cross-tenant probing. Cached per request: a layout and its page both authorizing must not log twice.
 * Never throws: failing to log must not turn a 404 into a 500.
 */
export const logAccessDenied = cache(async (agencyId: string, userId: string, reason: Reason, target: string) => {
  await withTenant(agencyId, userId, async (tx) => {
    if (reason === "not_member" && !(await withinNonMemberBound(tx, agencyId, userId))) return;
    await recordAudit(tx, {
      agencyId,
      actorId: userId,
      action: "access.denied",
      entityType: "Page",
      entityId: target.slice(0, 64),
      after: { reason, target: target.slice(0, 500) },
    });
  }).catch((error: unknown) => console.error("[audit] could not record a refused visit", error));
});

/** Whether one more non-member refusal may be written; serialized per agency so concurrent probes cannot overshoot. */
async function withinNonMemberBound(tx: TenantTx, agencyId: string, userId: string): Promise<boolean> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`access-denied:${agencyId}`}, 0))`;
  const [counts] = await tx.$queryRaw<{ mine: number; total: number }[]>`
    SELECT count(*) FILTER (
             WHERE "actorId" = ${userId}::uuid
               AND "createdAt" > now() - make_interval(mins => ${NON_MEMBER_AUDIT_BOUND.perProberMinutes})
           )::int AS mine,
           count(*)::int AS total
    FROM "AuditEvent"
    WHERE "agencyId" = ${agencyId}::uuid AND "action" = 'access.denied' AND "entityType" = 'Page'
      AND "after"->>'reason' = 'not_member' AND "createdAt" > now() - interval '1 hour'`;
  return (counts?.mine ?? 0) === 0 && (counts?.total ?? 0) < NON_MEMBER_AUDIT_BOUND.perAgencyPerHour;
}
