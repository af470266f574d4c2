"use server";

import { defineAction } from "@/lib/actions/define-action";
import { PORTFOLIO_PAGES, revalidatePages } from "@/lib/actions/revalidate";
import { applyRebalanceMove } from "@/lib/domain/portfolio/apply-move";
import { applyMoveSchema } from "@/lib/domain/portfolio/schemas";

export const applyMove = defineAction({
  name: "portfolio.applyMove",
  schema: applyMoveSchema,
  permission: "accounts:reassign",
  run: async (ctx) => {
    const result = await applyRebalanceMove(ctx);
    await revalidatePages(ctx.member.agencySlug, [...PORTFOLIO_PAGES, "/accounts", "/accounts/[accountId]"]);
    return result;
  },
});
