"use server";

import { defineAction } from "@/lib/actions/define-action";
import { changeMemberRoles, inviteMember, revokeInvitation, setMemberActive } from "@/lib/domain/members/mutations";
import { changeRolesSchema, invitationIdSchema, inviteSchema, membershipIdSchema } from "@/lib/domain/members/schemas";

export const invite = defineAction({
  name: "members.invite",
  schema: inviteSchema,
  permission: "members:invite",
  run: inviteMember,
});

export const revokeInvite = defineAction({
  name: "members.revokeInvitation",
  schema: invitationIdSchema,
  permission: "members:invite",
  run: revokeInvitation,
});

export const changeRoles = defineAction({
  name: "members.changeRoles",
  schema: changeRolesSchema,
  permission: "members:manage",
  run: changeMemberRoles,
});

export const deactivateMember = defineAction({
  name: "members.deactivate",
  schema: membershipIdSchema,
  permission: "members:manage",
  run: (ctx) => setMemberActive(ctx, false),
});

export const reactivateMember = defineAction({
  name: "members.reactivate",
  schema: membershipIdSchema,
  permission: "members:manage",
  run: (ctx) => setMemberActive(ctx, true),
});
