"use server";

import { defineAction } from "@/lib/actions/define-action";
import { PORTFOLIO_PAGES, revalidatePages } from "@/lib/actions/revalidate";
import { logCheckIn as logCheckInMutation } from "@/lib/domain/check-ins/mutations";
import { logCheckInSchema } from "@/lib/domain/check-ins/schemas";

/**
 * Logs a check-in. The wrapper's gate is "agency:read" because the right to log depends on the account: leaders hold
 * "checkins:write" (any account), AMs "checkins:write:own" (their own); the mutation checks which applies and
 * refuses (audited) otherwise.
 */
export const logCheckIn = defineAction({
  name: "checkIns.log",
  schema: logCheckInSchema,
  permission: "agency:read",
  run: async (ctx) => {
    const result = await logCheckInMutation(ctx);
    await revalidatePages(ctx.member.agencySlug, [
      ...PORTFOLIO_PAGES,
      "/accounts",
      `/accounts/${result.accountId}`,
      "/clients/[clientId]",
    ]);
    return result;
  },
});
