"use server";

import { actionGroup } from "@/lib/actions/define-action";
import { changePasswordSchema, signOutEverywhereSchema } from "@/lib/domain/account/schemas";
import { changePassword as changeMyPassword, signOutEverywhere as endMySessions } from "@/lib/domain/account/sessions";

/**
 * A signed-in person's own sessions, called from the account page of any agency they belong to (the agency only
 * decides where the audit event is written). After either, every session of the person is refused on its next
 * request: pages redirect to /sign-in and /api/auth/session answers {}.
 */
const ownAccountAction = actionGroup("account", { permission: "agency:read" });

export const signOutEverywhere = ownAccountAction("signOutEverywhere", signOutEverywhereSchema, endMySessions);
export const changePassword = ownAccountAction("changePassword", changePasswordSchema, changeMyPassword);
