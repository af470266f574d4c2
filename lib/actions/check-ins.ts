"use server";

import { defineAction } from "@/lib/actions/define-action";
import { PORTFOLIO_PAGES } from "@/lib/actions/revalidate";
import { WRITE } from "@/lib/auth/permissions";
import { logCheckIn as logCheckInMutation } from "@/lib/domain/check-ins/mutations";
import { logCheckInSchema } from "@/lib/domain/check-ins/schemas";

/**
 * Logs a check-in: any or own (leaders on any account, AMs on their own); the mutation asks mayLogCheckIn
 * (lib/domain/check-ins/access.ts) on the loaded account, as the account page does before showing the button.
 */
export const logCheckIn = defineAction({
  name: "checkIns.log",
  schema: logCheckInSchema,
  permission: WRITE.checkIns,
  run: logCheckInMutation,
  revalidate: (data) => [...PORTFOLIO_PAGES, "/accounts", `/accounts/${data.accountId}`, "/clients/[clientId]"],
});
