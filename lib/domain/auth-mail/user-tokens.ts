import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/credentials";
import { withScope } from "@/lib/db/tenant";
import { sendMail, type MailTransportOptions } from "@/lib/mail/transport";
import { absoluteUrl } from "@/lib/notifications/notify";
import { renderMail } from "@/lib/notifications/render";

/**
 * Password reset and e-mail verification links: 32 random bytes, only their SHA-256 stored (UserToken, reachable
 * only through SECURITY DEFINER functions, migration 20261202040000), single use, expiring. A reset ends every
 * session of that person (session version). The mail is sent straight away, not through the outbox, so a live
 * link never sits in a table; a lost mail is re-requested by the person.
 */
export const RESET_TTL_MINUTES = 60;
export const VERIFY_TTL_HOURS = 48;
export type TokenPurpose = "reset" | "verify";

/** The one answer to "forgot password", whether or not the address has an account. */
export const RESET_REQUESTED =
  "If an account uses this address, we have sent it a link to choose a new password. It works once, for an hour.";

export function newSecret() {
  const secret = randomBytes(32).toString("base64url");
  return { secret, hash: hashSecret(secret) };
}

export function hashSecret(secret: string) {
  return createHash("sha256").update(secret).digest("hex");
}

/** Issues a token when the address has an account; returns the person (or null) and the secret. */
export async function issueToken(email: string, purpose: TokenPurpose, now = new Date()) {
  const { secret, hash } = newSecret();
  const ttlMs = purpose === "reset" ? RESET_TTL_MINUTES * 60_000 : VERIFY_TTL_HOURS * 3_600_000;
  const rows = await withScope(
    { agencyId: null, userId: null },
    (tx) =>
      tx.$queryRaw<{ id: string; name: string; email: string }[]>`
      SELECT * FROM app_issue_user_token(${email}, ${purpose}, ${hash}, ${new Date(now.getTime() + ttlMs)})`,
  );
  return { person: rows[0] ?? null, secret };
}

/** Test seam: where the auth mails go (the tests' own SMTP server); default the environment's transport. */
export const authMail: { options: MailTransportOptions } = { options: {} };

function sendInBackground(to: string, mail: { subject: string; text: string; html: string }) {
  // Not awaited: the answer must take the same time whether or not the address has an account.
  void sendMail({ to, ...mail }, authMail.options).catch((error: unknown) =>
    console.error("[mail] could not send an account e-mail", error instanceof Error ? error.message : error),
  );
}

/** What each purpose's mail says; `link` is the page that takes the secret. */
const TOKEN_MAILS: Record<
  TokenPurpose,
  { path: string; subject: string; title: string; intro: (name: string) => string; action: string }
> = {
  reset: {
    path: "/reset-password",
    subject: "Reset your Accountable password",
    title: "Reset your password",
    intro: (name) =>
      `Hello ${name}, someone (hopefully you) asked to reset the password of your Accountable account. The link works once, for ${RESET_TTL_MINUTES} minutes. If it was not you, ignore this e-mail: your password stays as it is.`,
    action: "Choose a new password",
  },
  verify: {
    path: "/verify-email",
    subject: "Confirm your e-mail address for Accountable",
    title: "Confirm your e-mail address",
    intro: (name) =>
      `Hello ${name}, please confirm that this is your address. The link works once, for ${VERIFY_TTL_HOURS} hours.`,
    action: "Confirm my address",
  },
};

/** Always the same outcome for the caller; a mail goes out only when the address has an account. */
async function mailToken(email: string, purpose: TokenPurpose): Promise<void> {
  const { person, secret } = await issueToken(email, purpose);
  if (!person) return;
  const mail = TOKEN_MAILS[purpose];
  sendInBackground(person.email, {
    subject: mail.subject,
    ...renderMail({
      title: mail.title,
      intro: mail.intro(person.name),
      sections: [],
      action: { label: mail.action, href: absoluteUrl(`${mail.path}/${secret}`) },
    }),
  });
}

export const startPasswordReset = (email: string) => mailToken(email, "reset");
export const startEmailVerification = (email: string) => mailToken(email, "verify");

/** Sets the new password if the token is good (and uses it up); every session of that person ends. */
export async function completePasswordReset(secret: string, password: string): Promise<boolean> {
  // A dead or made-up token costs no argon2id hash; the consuming function below checks again (single use).
  const [live] = await withScope(
    { agencyId: null, userId: null },
    (tx) => tx.$queryRaw<{ live: boolean }[]>`SELECT app_user_token_live(${hashSecret(secret)}, 'reset') AS live`,
  );
  if (!live?.live) return false;
  const passwordHash = await hashPassword(password);
  const rows = await withScope(
    { agencyId: null, userId: null },
    (tx) =>
      tx.$queryRaw<{ id: string | null }[]>`SELECT app_reset_password(${hashSecret(secret)}, ${passwordHash}) AS id`,
  );
  return Boolean(rows[0]?.id);
}

export async function completeEmailVerification(secret: string): Promise<boolean> {
  const rows = await withScope(
    { agencyId: null, userId: null },
    (tx) => tx.$queryRaw<{ id: string | null }[]>`SELECT app_verify_email(${hashSecret(secret)}) AS id`,
  );
  return Boolean(rows[0]?.id);
}
