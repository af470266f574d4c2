"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { applyRebalanceMove } from "@/lib/domain/portfolio/apply-move";
import { applyMoveSchema } from "@/lib/domain/portfolio/schemas";

export const applyMove = defineAction({
  name: "portfolio.applyMove",
  schema: applyMoveSchema,
  permission: "accounts:reassign",
  run: async (ctx) => {
    const result = await applyRebalanceMove(ctx);
    try {
      revalidatePath(`/${ctx.member.agencySlug}`, "layout");
    } catch {
      // Outside a Next request (scripts, tests) there is no cache to revalidate.
    }
    return result;
  },
});
