import { signIn } from "next-auth/react";

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
