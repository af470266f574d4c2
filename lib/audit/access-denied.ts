import { cache } from "react";
import { withTenant } from "@/lib/db/tenant";
import { recordAudit } from "./record";

/**
 * Records a refused page visit in the audit log of the agency that was probed ("access.denied"), so leaders can see
 * cross-tenant probing. Cached per request: a layout and its page both authorizing must not log twice.
 * Never throws: failing to log must not turn a 404 into a 500.
 */
export const logAccessDenied = cache(
  async (agencyId: string, userId: string, reason: "not_member" | "forbidden" | "not_found", target: string) => {
    await withTenant(agencyId, userId, (tx) =>
      recordAudit(tx, {
        agencyId,
        actorId: userId,
        action: "access.denied",
        entityType: "Page",
        entityId: target.slice(0, 64),
        after: { reason, target: target.slice(0, 500) },
      }),
    ).catch((error: unknown) => console.error("[audit] could not record a refused visit", error));
  },
);
