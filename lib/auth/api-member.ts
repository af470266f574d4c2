import { NextResponse } from "next/server";
import { findMembership, type MemberContext } from "./membership";
import { memberCan, type Permission } from "./permissions";
import { getSessionUser } from "./session";

export const NO_STORE = { "Cache-Control": "private, no-store" };

export function apiError(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error: code, message, ...extra }, { status, headers: NO_STORE });
}

/**
 * For JSON route handlers under /api/agencies/[agency]: the verified membership, or the response to send instead
 * (401 signed out, 404 not a member — the agency's existence is not confirmed, 403 without the permission).
 */
export async function requireApiMember(
  slug: string,
  permission: Permission,
): Promise<{ member: MemberContext; response?: never } | { member?: never; response: NextResponse }> {
  const user = await getSessionUser();
  if (!user) return { response: apiError(401, "unauthenticated", "Sign in to continue.") };
  const member = await findMembership(user, slug);
  if (!member) return { response: apiError(404, "not_found", "No such agency.") };
  if (!memberCan(member, permission)) return { response: apiError(403, "forbidden", "Your role cannot see this.") };
  return { member };
}
