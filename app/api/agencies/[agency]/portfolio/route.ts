import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { parseFilterParams } from "@/components/portfolio/filter-params";
import { findMembership } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { loadDashboard } from "@/lib/domain/portfolio/load-portfolio";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "private, no-store" };

function fail(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error: code, message, ...extra }, { status, headers: NO_STORE });
}

/**
 * The leader dashboard as JSON, for the portfolio page's filters (TanStack Query).
 * 401 signed out, 404 not a member (the agency's existence is not confirmed), 403 without portfolio:read,
 * 400 for an invalid filter, with a message meant for people.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ agency: string }> }) {
  const { agency: slug } = await params;
  const user = await getSessionUser();
  if (!user) return fail(401, "unauthenticated", "Sign in to see this agency's portfolio.");
  const member = await findMembership(user, slug);
  if (!member) return fail(404, "not_found", "No such agency.");
  if (!can(member.roles, "portfolio:read")) return fail(403, "forbidden", "Your role cannot see the portfolio.");

  const parsed = parseFilterParams(request.nextUrl.searchParams);
  if (!parsed.ok) return fail(400, "invalid_filter", parsed.message, { fieldErrors: parsed.fieldErrors });

  try {
    const { dashboard } = await loadDashboard(member.agencyId, user.id, parsed.filters);
    return NextResponse.json(dashboard, { headers: NO_STORE });
  } catch (error) {
    const errorId = randomUUID();
    console.error(`[api portfolio] unexpected error ${errorId}`, error);
    return fail(500, "error", `Something went wrong on our side (reference ${errorId.slice(0, 8)}).`);
  }
}
