"use server";

import { actionGroup } from "@/lib/actions/define-action";
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
const projectAction = actionGroup("projects", {
  permission: WRITE.projects,
  revalidate: [...PORTFOLIO_PAGES, "/projects", "/projects/[projectId]", "/accounts/[accountId]"],
});
const leadersOnly = { permission: "projects:write" } as const;

export const updateStatus = projectAction("updateStatus", updateStatusSchema, updateProjectStatus);
export const bulkUpdateStatus = projectAction("bulkUpdateStatus", bulkUpdateStatusSchema, bulkUpdateProjectStatus);
export const createProject = projectAction("create", createProjectSchema, create, leadersOnly);
export const editProject = projectAction("edit", editProjectSchema, edit);
export const archiveProject = projectAction("archive", archiveProjectSchema, archive, leadersOnly);
