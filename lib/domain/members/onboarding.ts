import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { hashPassword } from "@/lib/auth/credentials";
import { agencyIdForSlug } from "@/lib/domain/agencies/slug";
import { recordAudit } from "@/lib/audit/record";
import { withScope, withTenant, type TenantTx } from "@/lib/db/tenant";
import { ActionError } from "@/lib/actions/result";
import { can } from "@/lib/auth/permissions";
import { parseInvitationToken } from "./invitation-token";
import type { signUpSchema, signUpWithInvitationSchema } from "./schemas";

/**
 * Sign-up with an address that has an account gets this, worded so it does not say whether the address is known
 * (docs/SECURITY.md: what remains observable and why).
 */
const SIGN_UP_REFUSED = new ActionError(
  "invalid",
  "We could not create an account with these details. If you have an account, sign in instead.",
);
/** Only reachable with a valid invitation token, i.e. by the invitee: telling them to sign in reveals nothing new. */
const SIGN_IN_TO_ACCEPT = new ActionError("invalid", "You have an account: sign in to accept this invitation.", {
  email: ["Sign in with this address to accept the invitation."],
});

async function emailTaken(email: string) {
  const rows = await withScope(
    { agencyId: null, userId: null },
    (tx) => tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM app_credentials_for_email(${email})`,
  );
  return rows.length > 0;
}

export function slugify(name: string) {
  const base = name
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-")
    .slice(0, 40)
    .replace(/^-|-$/g, "");
  return base || "agency";
}

async function freeSlug(name: string) {
  const base = slugify(name);
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await agencyIdForSlug(candidate))) return candidate;
  }
  return `${base}-${randomUUID().slice(0, 8)}`;
}

/** Sign-up: a new person and a new agency, the person its OWNER and LEADER. */
export async function signUpWithAgency(input: z.infer<typeof signUpSchema>) {
  if (await emailTaken(input.email)) throw SIGN_UP_REFUSED;
  const userId = randomUUID();
  const agencyId = randomUUID();
  const slug = await freeSlug(input.agencyName);
  const passwordHash = await hashPassword(input.password);
  await withTenant(agencyId, userId, async (tx) => {
    await tx.user.create({ data: { id: userId, email: input.email, name: input.name, passwordHash } });
    await tx.agency.create({
      data: {
        id: agencyId,
        name: input.agencyName,
        slug,
        employeeCount: input.employeeCount,
        currency: input.currency,
      },
    });
    const membership = await tx.membership.create({
      data: { agencyId, userId, roles: ["LEADER"], isOwner: true },
      select: { id: true },
    });
    await recordAudit(tx, {
      agencyId,
      actorId: userId,
      action: "agency.created",
      entityType: "Agency",
      entityId: agencyId,
      after: { name: input.agencyName, slug, employeeCount: input.employeeCount, ownerMembershipId: membership.id },
    });
  });
  return { slug };
}

/** Joins the invited agency with the invitation's roles; single use, must match the signed-in email. */
export async function acceptInvitation(user: { id: string; email: string }, token: string) {
  const parsed = parseInvitationToken(token);
  if (!parsed) throw new ActionError("not_found", "This invitation link is not valid.");
  return withTenant(parsed.agencyId, user.id, (tx) => acceptInScope(tx, parsed, user));
}

async function acceptInScope(
  tx: TenantTx,
  parsed: { agencyId: string; tokenHash: string },
  user: { id: string; email: string },
) {
  const invitation = await usableInvitation(tx, parsed);
  if (invitation.email !== user.email) {
    throw new ActionError(
      "forbidden",
      `This invitation is for ${invitation.email}. Sign in with that email to accept it.`,
    );
  }
  // Single use even under concurrent clicks: only one UPDATE can flip acceptedAt from null.
  const claimed = await tx.invitation.updateMany({
    where: { agencyId: parsed.agencyId, id: invitation.id, acceptedAt: null },
    data: { acceptedAt: new Date() },
  });
  if (claimed.count !== 1) throw new ActionError("invalid", "This invitation has already been used.");
  const existing = await tx.membership.findFirst({
    where: { agencyId: parsed.agencyId, userId: user.id },
    select: { id: true, roles: true },
  });
  // The invitation's roles replace any the person had before: a deactivated leader re-invited as a viewer comes back
  // a viewer, never a leader.
  const roles = invitation.roles;
  const membership = existing
    ? await tx.membership.update({
        where: { agencyId_id: { agencyId: parsed.agencyId, id: existing.id } },
        data: { roles, active: true },
        select: { id: true },
      })
    : await tx.membership.create({ data: { agencyId: parsed.agencyId, userId: user.id, roles }, select: { id: true } });
  await recordAudit(tx, {
    agencyId: parsed.agencyId,
    actorId: user.id,
    action: "invitation.accepted",
    entityType: "Membership",
    entityId: membership.id,
    before: existing ? { roles: existing.roles } : undefined,
    after: { roles, invitationId: invitation.id },
  });
  return { slug: invitation.agency.slug };
}

/**
 * The invitation behind a token, if it can still be accepted: not revoked, used or expired, and made by someone who
 * is still an active member allowed to invite (a leader who has since been deactivated or lost the right cannot
 * still bring people in through links sent before).
 */
async function usableInvitation(tx: TenantTx, parsed: { agencyId: string; tokenHash: string }) {
  const invitation = await tx.invitation.findFirst({
    where: { agencyId: parsed.agencyId, tokenHash: parsed.tokenHash },
    select: {
      id: true,
      email: true,
      roles: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      agency: { select: { slug: true } },
      invitedBy: { select: { active: true, roles: true } },
    },
  });
  if (!invitation || invitation.revokedAt) throw new ActionError("not_found", "This invitation link is not valid.");
  if (invitation.acceptedAt) throw new ActionError("invalid", "This invitation has already been used.");
  if (invitation.expiresAt < new Date())
    throw new ActionError("invalid", "This invitation has expired. Ask for a new one.");
  if (!invitation.invitedBy.active || !can(invitation.invitedBy.roles, "members:invite")) {
    throw new ActionError("invalid", "This invitation is no longer valid. Ask the agency for a new one.");
  }
  return invitation;
}

/**
 * Why an invitation link cannot be used, in the words acceptance would use, or null when it can: the invitation page
 * says so before anyone types a password. Knowing the link's secret is what this needs, so it tells a visitor nothing
 * they could not learn by submitting the form.
 */
export async function invitationProblem(token: string): Promise<string | null> {
  const parsed = parseInvitationToken(token);
  if (!parsed) return "This invitation link is not valid.";
  try {
    await withTenant(parsed.agencyId, null, (tx) => usableInvitation(tx, parsed));
    return null;
  } catch (error) {
    if (error instanceof ActionError) return error.message;
    throw error;
  }
}

/** New person arriving through an invitation: create the user, then accept. */
export async function signUpWithInvitation(input: z.infer<typeof signUpWithInvitationSchema>) {
  const parsed = parseInvitationToken(input.token);
  if (!parsed) throw new ActionError("not_found", "This invitation link is not valid.");
  // The token first: without a valid link nobody learns anything about the e-mail address, and a guessed token
  // costs the server no argon2id hash. The transaction below checks the invitation again (single use under
  // concurrent clicks).
  await withTenant(parsed.agencyId, null, (tx) => usableInvitation(tx, parsed));
  if (await emailTaken(input.email)) throw SIGN_IN_TO_ACCEPT;
  const userId = randomUUID();
  const passwordHash = await hashPassword(input.password);
  return withTenant(parsed.agencyId, userId, async (tx) => {
    await tx.user.create({ data: { id: userId, email: input.email, name: input.name, passwordHash } });
    return acceptInScope(tx, parsed, { id: userId, email: input.email });
  });
}
