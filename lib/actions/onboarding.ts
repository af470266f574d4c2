"use server";

import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/actions/define-action";
import { ActionError, invalidInput, type ActionResult } from "@/lib/actions/result";
import { unstorableTextErrors } from "@/lib/actions/storable-text";
import { actionClientIp } from "@/lib/auth/client-ip";
import { reserveSignUp } from "@/lib/auth/request-limits";
import { getSessionUser } from "@/lib/auth/session";
import { acceptInvitation, signUpWithAgency, signUpWithInvitation } from "@/lib/domain/members/onboarding";
import { acceptInvitationSchema, signUpSchema, signUpWithInvitationSchema } from "@/lib/domain/members/schemas";

/**
 * Actions for people who are not (yet) members of an agency: sign-up and accepting an invitation.
 * Member actions go through defineAction (lib/actions/define-action.ts) instead.
 */
async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (error instanceof ActionError) {
      return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    }
    const errorId = crypto.randomUUID();
    console.error(`[account action] unexpected error ${errorId}`, error);
    return {
      ok: false,
      code: "error",
      message: `Something went wrong on our side (reference ${errorId.slice(0, 8)}).`,
      errorId,
    };
  }
}

/** Validates like defineAction (shape, then storable text) before the work runs. */
async function runValid<S extends z.ZodType, T>(schema: S, raw: unknown, work: (input: z.infer<S>) => Promise<T>) {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return invalidInput(fieldErrorsOf(parsed.error));
  const unstorable = unstorableTextErrors(parsed.data);
  if (unstorable) return invalidInput(unstorable);
  return run(() => work(parsed.data));
}

export async function signUp(raw: unknown): Promise<ActionResult<{ slug: string }>> {
  return runValid(signUpSchema, raw, async (input) => {
    if (!(await reserveSignUp(input.email, await actionClientIp()))) throw SIGN_UP_LIMITED;
    return signUpWithAgency(input);
  });
}

const SIGN_UP_LIMITED = new ActionError("rate_limited", "Too many sign-ups from here. Wait an hour and try again.");

export async function signUpFromInvitation(raw: unknown): Promise<ActionResult<{ slug: string }>> {
  return runValid(signUpWithInvitationSchema, raw, signUpWithInvitation);
}

export async function acceptInvitationAsMe(raw: unknown): Promise<ActionResult<{ slug: string }>> {
  const parsed = acceptInvitationSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "invalid", message: "This invitation link is not valid." };
  const user = await getSessionUser();
  if (!user) return { ok: false, code: "unauthenticated", message: "Please sign in to accept the invitation." };
  return run(() => acceptInvitation(user, parsed.data.token));
}
