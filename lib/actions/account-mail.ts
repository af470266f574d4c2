"use server";

import { z } from "zod";
import { fieldErrorsOf } from "@/lib/actions/define-action";
import { invalidInput, type ActionResult } from "@/lib/actions/result";
import { actionClientIp } from "@/lib/auth/client-ip";
import { reserveResetRequest } from "@/lib/auth/request-limits";
import {
  completeEmailVerification,
  completePasswordReset,
  RESET_REQUESTED,
  startPasswordReset,
} from "@/lib/domain/auth-mail/user-tokens";
import { email, password } from "@/lib/domain/members/schemas";

/**
 * Account e-mails for people who are not signed in (forgot / reset password, verify e-mail): like the sign-up
 * actions, outside defineAction because there is no member yet. The answers never say whether an address has an
 * account.
 */
const forgotSchema = z.object({ email });
const resetSchema = z
  .object({ token: z.string().min(20).max(100), password, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." });
const tokenSchema = z.object({ token: z.string().min(20).max(100) });

export async function requestPasswordReset(raw: unknown): Promise<ActionResult<{ message: string }>> {
  const parsed = forgotSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(fieldErrorsOf(parsed.error));
  if (!(await reserveResetRequest(parsed.data.email, await actionClientIp()))) {
    return { ok: false, code: "rate_limited", message: "Too many requests. Wait a few minutes and try again." };
  }
  await startPasswordReset(parsed.data.email);
  return { ok: true, data: { message: RESET_REQUESTED } };
}

export async function resetPassword(raw: unknown): Promise<ActionResult<{ done: true }>> {
  const parsed = resetSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(fieldErrorsOf(parsed.error));
  const ok = await completePasswordReset(parsed.data.token, parsed.data.password);
  if (!ok) {
    return { ok: false, code: "invalid", message: "This link is not valid any more. Ask for a new one." };
  }
  return { ok: true, data: { done: true } };
}

export async function verifyEmail(raw: unknown): Promise<ActionResult<{ done: true }>> {
  const parsed = tokenSchema.safeParse(raw);
  if (!parsed.success || !(await completeEmailVerification(parsed.data.token))) {
    return { ok: false, code: "invalid", message: "This link is not valid any more. Ask for a new one." };
  }
  return { ok: true, data: { done: true } };
}
