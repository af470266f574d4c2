import { signIn } from "next-auth/react";
import type { ActionResult } from "@/lib/actions/result";

export type CredentialsOutcome = { ok: true } | { ok: false; rateLimited: boolean };

/** Signs in through next-auth's credentials provider without a full-page redirect. */
export async function signInWithCredentials(
  email: string,
  password: string,
  callbackUrl: string,
  rateLimitedMessage?: string,
): Promise<CredentialsOutcome> {
  const result = await signIn("credentials", { redirect: false, email, password, callbackUrl });
  if (result?.ok && !result.error) return { ok: true };
  return { ok: false, rateLimited: Boolean(rateLimitedMessage) && result?.error === rateLimitedMessage };
}

/**
 * Creates an account (a new agency's owner, an invited member) and signs its person in with the form's email and
 * password. A sign-in that fails after the account exists is reported as such (`created` names what was created);
 * `onSignInFailed` runs then.
 */
export async function createThenSignIn(
  input: Record<string, string>,
  create: () => Promise<ActionResult<{ slug: string }>>,
  created: string,
  onSignInFailed?: () => void,
): Promise<ActionResult<{ slug: string }>> {
  const result = await create();
  if (!result.ok) return result;
  const signedIn = await signInWithCredentials(input.email ?? "", input.password ?? "", `/${result.data.slug}`);
  if (signedIn.ok) return result;
  onSignInFailed?.();
  return {
    ok: false,
    code: "unauthenticated",
    message: `Your ${created} was created, but signing in failed. Please sign in.`,
  };
}
