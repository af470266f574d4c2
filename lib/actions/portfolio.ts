"use server";

import { defineAction } from "@/lib/actions/define-action";
import { PORTFOLIO_PAGES } from "@/lib/actions/revalidate";
import { applyRebalanceMove } from "@/lib/domain/portfolio/apply-move";
import { applyMoveSchema } from "@/lib/domain/portfolio/schemas";

export const applyMove = defineAction({
  name: "portfolio.applyMove",
  schema: applyMoveSchema,
  permission: "accounts:reassign",
  run: applyRebalanceMove,
  revalidate: [...PORTFOLIO_PAGES, "/accounts", "/accounts/[accountId]"],
});
