"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
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
    try {
      revalidatePath(`/${ctx.member.agencySlug}`, "layout");
    } catch {
      // Outside a Next request (scripts, tests) there is no cache to revalidate.
    }
    return result;
  },
});
