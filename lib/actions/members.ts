"use server";

import { actionGroup } from "@/lib/actions/define-action";
import { changeMemberRoles, inviteMember, revokeInvitation, setMemberActive } from "@/lib/domain/members/mutations";
import { changeRolesSchema, invitationIdSchema, inviteSchema, membershipIdSchema } from "@/lib/domain/members/schemas";

const inviteAction = actionGroup("members", { permission: "members:invite" });
const manageAction = actionGroup("members", { permission: "members:manage" });

export const invite = inviteAction("invite", inviteSchema, inviteMember);
export const revokeInvite = inviteAction("revokeInvitation", invitationIdSchema, revokeInvitation);
export const changeRoles = manageAction("changeRoles", changeRolesSchema, changeMemberRoles);
export const deactivateMember = manageAction("deactivate", membershipIdSchema, (ctx) => setMemberActive(ctx, false));
export const reactivateMember = manageAction("reactivate", membershipIdSchema, (ctx) => setMemberActive(ctx, true));
