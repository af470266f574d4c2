import type { z } from "zod";
import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { credentialsFor, hashPassword, passwordMatches } from "@/lib/auth/credentials";
import { PASSWORD_CHECK_LIMIT, requestSucceeded, reservePasswordCheck } from "@/lib/auth/request-limits";
import type { TenantTx } from "@/lib/db/tenant";
import type { changePasswordSchema, signOutEverywhereSchema } from "./schemas";

/**
 * A signed-in person's own sessions and password. Each bumps User.sessionVersion, which ends every session issued
 * before, on every device and every app instance (lib/auth/session-guard.ts). Row-level security lets a person
 * update only their own User row ("self" policy); the audit event goes to the agency the action was called from.
 */
async function bumpSessionVersion(tx: TenantTx, userId: string) {
  await tx.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { id: true },
  });
}

export async function signOutEverywhere({ member, tx, audit }: ActionContext<z.infer<typeof signOutEverywhereSchema>>) {
  await bumpSessionVersion(tx, member.user.id);
  await audit({ action: "sessions.ended", entityType: "User", entityId: member.user.id, after: { by: "self" } });
  return { signedOut: true as const };
}

const WRONG_CURRENT = new ActionError("invalid", "Your current password is not correct.", {
  currentPassword: ["Your current password is not correct."],
});

const TOO_MANY_WRONG = new ActionError(
  "rate_limited",
  `Too many wrong passwords. Wait ${PASSWORD_CHECK_LIMIT.windowMinutes} minutes and try again.`,
);

/** Checks the current password, stores the new one and ends every session (the browser then signs in again). */
export async function changePassword({
  input,
  member,
  tx,
  audit,
}: ActionContext<z.infer<typeof changePasswordSchema>>) {
  const stored = await credentialsFor(member.user.email);
  if (!stored || stored.id !== member.user.id) throw WRONG_CURRENT;
  const check = await reservePasswordCheck(member.user.id);
  if (!check) throw TOO_MANY_WRONG;
  if (!(await passwordMatches(stored.passwordHash, input.currentPassword))) throw WRONG_CURRENT;
  await requestSucceeded(check);
  const passwordHash = await hashPassword(input.newPassword);
  await tx.user.update({
    where: { id: member.user.id },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { id: true },
  });
  await audit({ action: "password.changed", entityType: "User", entityId: member.user.id, after: { by: "self" } });
  return { changed: true as const };
}
