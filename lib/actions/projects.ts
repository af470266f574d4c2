"use server";

import { defineAction } from "@/lib/actions/define-action";
import { PORTFOLIO_PAGES } from "@/lib/actions/revalidate";
import { WRITE } from "@/lib/auth/permissions";
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
 * Project actions. Status updates and edits: any or own (leaders any project, PMs those they manage); the mutation
 * asks mayWriteProject (lib/domain/projects/access.ts) on the loaded row. Creating and archiving are for leaders.
 */
export const updateStatus = defineAction({
  name: "projects.updateStatus",
  schema: updateStatusSchema,
  permission: WRITE.projects,
  run: updateProjectStatus,
  revalidate: [...PORTFOLIO_PAGES, "/projects", "/projects/[projectId]", "/accounts/[accountId]"],
});

export const bulkUpdateStatus = defineAction({
  name: "projects.bulkUpdateStatus",
  schema: bulkUpdateStatusSchema,
  permission: WRITE.projects,
  run: bulkUpdateProjectStatus,
  revalidate: [...PORTFOLIO_PAGES, "/projects", "/projects/[projectId]", "/accounts/[accountId]"],
});

export const createProject = defineAction({
  name: "projects.create",
  schema: createProjectSchema,
  permission: "projects:write",
  run: create,
  revalidate: [...PORTFOLIO_PAGES, "/projects", "/projects/[projectId]", "/accounts/[accountId]"],
});

export const editProject = defineAction({
  name: "projects.edit",
  schema: editProjectSchema,
  permission: WRITE.projects,
  run: edit,
  revalidate: [...PORTFOLIO_PAGES, "/projects", "/projects/[projectId]", "/accounts/[accountId]"],
});

export const archiveProject = defineAction({
  name: "projects.archive",
  schema: archiveProjectSchema,
  permission: "projects:write",
  run: archive,
  revalidate: [...PORTFOLIO_PAGES, "/projects", "/projects/[projectId]", "/accounts/[accountId]"],
});
