"use server";

import { actionGroup, defineAction } from "@/lib/actions/define-action";
import { WRITE } from "@/lib/auth/permissions";
import {
  closeFollowUp as close,
  createFollowUp as create,
  reassignFollowUp as reassign,
  updateFollowUpRule as updateRule,
} from "@/lib/domain/follow-ups/mutations";
import {
  closeFollowUpSchema,
  createFollowUpSchema,
  reassignFollowUpSchema,
  updateFollowUpRuleSchema,
} from "@/lib/domain/follow-ups/schemas";
import type { AgencyPagePath } from "./revalidate";

/**
 * Follow-ups: any or own (leaders on any; AMs and PMs on their own and on accounts they manage), decided on the
 * loaded row by lib/domain/follow-ups/access.ts. Rules are agency settings (leaders only).
 */
const pages = (data: { accountId: string | null }): AgencyPagePath[] => [
  "/follow-ups",
  "/follow-ups/team",
  "/portfolio",
  "/portfolio/ams/[membershipId]",
  ...(data.accountId ? ([`/accounts/${data.accountId}`] as AgencyPagePath[]) : []),
];

const followUpAction = actionGroup("followUps", { permission: WRITE.followUps, revalidate: pages });

export const createFollowUp = followUpAction("create", createFollowUpSchema, create);
export const closeFollowUp = followUpAction("close", closeFollowUpSchema, close);
export const reassignFollowUp = followUpAction("reassign", reassignFollowUpSchema, reassign);
export const updateFollowUpRule = defineAction({
  name: "followUps.updateRule",
  schema: updateFollowUpRuleSchema,
  permission: "agency:settings",
  run: updateRule,
  revalidate: ["/settings"],
});
