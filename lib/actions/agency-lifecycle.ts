"use server";

import { defineAction } from "@/lib/actions/define-action";
import { revalidateAgency } from "@/lib/actions/revalidate";
import { deleteAgency as removeAgency, transferOwnership as transfer } from "@/lib/domain/agencies/lifecycle";
import { deleteAgencySchema, transferOwnershipSchema } from "@/lib/domain/agencies/lifecycle-schemas";

/**
 * The settings page's danger zone; owner only (OWNER_PERMISSIONS in lib/auth/permissions.ts). The export of all the
 * agency's data is a download, not a mutation: app/api/agencies/[agency]/archive/route.ts.
 */
export const transferOwnership = defineAction({
  name: "agency.transferOwnership",
  schema: transferOwnershipSchema,
  permission: "agency:transfer",
  run: async (ctx) => {
    const result = await transfer(ctx);
    revalidateAgency(ctx.member.agencySlug);
    return result;
  },
});

/** Two minutes: a large agency is tens of thousands of rows, deleted in one transaction. */
export const deleteAgency = defineAction({
  name: "agency.delete",
  schema: deleteAgencySchema,
  permission: "agency:delete",
  timeoutMs: 120_000,
  run: removeAgency,
});
