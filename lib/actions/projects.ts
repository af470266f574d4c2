"use server";

import { defineAction } from "@/lib/actions/define-action";
import { PORTFOLIO_PAGES, revalidatePages } from "@/lib/actions/revalidate";
import {
  archiveProject as archive,
  bulkUpdateProjectStatus,
  createProject as create,
  editProject as edit,
  updateProjectStatus,
} from "@/lib/domain/projects/mutations";
import {
  archiveProjectSchema,
  bulkUpdateStatusSchema,
  createProjectSchema,
  editProjectSchema,
  updateStatusSchema,
} from "@/lib/domain/projects/schemas";

/**
 * Project actions. Status updates and edits are open to every reader at the wrapper ("portfolio:read") because the
 * real rule is per project: leaders may change any, PMs only those they manage. The domain mutation checks it on the
 * loaded row and refuses with `forbidden` (audited by the wrapper). Creating and archiving are for leaders.
 */
export const updateStatus = defineAction({
  name: "projects.updateStatus",
  schema: updateStatusSchema,
  permission: "portfolio:read",
  run: async (ctx) => {
    const result = await updateProjectStatus(ctx);
    await revalidatePages(ctx.member.agencySlug, [
      ...PORTFOLIO_PAGES,
      "/projects",
      "/projects/[projectId]",
      "/accounts/[accountId]",
    ]);
    return result;
  },
});

export const bulkUpdateStatus = defineAction({
  name: "projects.bulkUpdateStatus",
  schema: bulkUpdateStatusSchema,
  permission: "portfolio:read",
  run: async (ctx) => {
    const result = await bulkUpdateProjectStatus(ctx);
    await revalidatePages(ctx.member.agencySlug, [
      ...PORTFOLIO_PAGES,
      "/projects",
      "/projects/[projectId]",
      "/accounts/[accountId]",
    ]);
    return result;
  },
});

export const createProject = defineAction({
  name: "projects.create",
  schema: createProjectSchema,
  permission: "projects:write",
  run: async (ctx) => {
    const result = await create(ctx);
    await revalidatePages(ctx.member.agencySlug, [
      ...PORTFOLIO_PAGES,
      "/projects",
      "/projects/[projectId]",
      "/accounts/[accountId]",
    ]);
    return result;
  },
});

export const editProject = defineAction({
  name: "projects.edit",
  schema: editProjectSchema,
  permission: "portfolio:read",
  run: async (ctx) => {
    const result = await edit(ctx);
    await revalidatePages(ctx.member.agencySlug, [
      ...PORTFOLIO_PAGES,
      "/projects",
      "/projects/[projectId]",
      "/accounts/[accountId]",
    ]);
    return result;
  },
});

export const archiveProject = defineAction({
  name: "projects.archive",
  schema: archiveProjectSchema,
  permission: "projects:write",
  run: async (ctx) => {
    const result = await archive(ctx);
    await revalidatePages(ctx.member.agencySlug, [
      ...PORTFOLIO_PAGES,
      "/projects",
      "/projects/[projectId]",
      "/accounts/[accountId]",
    ]);
    return result;
  },
});
