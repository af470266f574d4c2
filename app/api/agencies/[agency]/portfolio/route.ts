import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { parseFilterParams } from "@/components/portfolio/filter-params-schema";
import { apiError, NO_STORE, requireApiMember } from "@/lib/auth/api-member";
import { loadDashboardSummary } from "@/lib/domain/portfolio/load-dashboard-lists";

export const dynamic = "force-dynamic";

/**
 * The leader dashboard as JSON (the top of each long list, with full counts), for the portfolio page's filters (TanStack Query).
 * 401 signed out, 404 not a member (the agency's existence is not confirmed), 403 without portfolio:read,
 * 400 for an invalid filter, with a message meant for people.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ agency: string }> }) {
  const { agency } = await params;
  const auth = await requireApiMember(agency, "portfolio:read");
  if (auth.response) return auth.response;
  const parsed = parseFilterParams(request.nextUrl.searchParams);
  if (!parsed.ok) return apiError(400, "invalid_filter", parsed.message, { fieldErrors: parsed.fieldErrors });
  try {
    const { dashboard } = await loadDashboardSummary(auth.member.agencyId, auth.member.user.id, parsed.filters);
    return NextResponse.json(dashboard, { headers: NO_STORE });
  } catch (error) {
    const errorId = randomUUID();
    console.error(`[api portfolio] unexpected error ${errorId}`, error);
    return apiError(500, "error", `Something went wrong on our side (reference ${errorId.slice(0, 8)}).`);
  }
}
