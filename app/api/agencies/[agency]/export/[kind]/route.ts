import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { apiError, requireApiMember } from "@/lib/auth/api-member";
import type { MemberContext } from "@/lib/auth/membership";
import { amLoadCsv } from "@/lib/domain/export/am-load";
import { isExportKind, parseExportFilters, type ExportFilters, type ExportKind } from "@/lib/domain/export/filters";
import { accountsSource, checkInsSource, clientsSource, projectsSource } from "@/lib/domain/export/sources";
import { hoursSource, scopeRequestsSource, valueHistorySource } from "@/lib/domain/export/commercial-sources";
import { csvStream, type ExportSource } from "@/lib/domain/export/stream";

export const dynamic = "force-dynamic";

type Built = { source: ExportSource } | { error: { message: string; fieldErrors: Record<string, string[]> } };

type SourceKind = Exclude<ExportKind, "am-load">;

/** Each streamed list's source, given its own parsed filters; the AM load table is built apart (see GET). */
const SOURCES: { [K in SourceKind]: (member: MemberContext, filters: ExportFilters<K>) => ExportSource } = {
  accounts: (member, filters) => accountsSource(member.agencyId, filters),
  clients: (member, filters) => clientsSource(member.agencyId, filters),
  "check-ins": (member, filters) => checkInsSource(member.agencyId, filters),
  hours: (member, filters) => hoursSource(member.agencyId, filters),
  "scope-requests": (member, filters) => scopeRequestsSource(member.agencyId, filters),
  "value-history": (member, filters) => valueHistorySource(member.agencyId, filters),
  projects: projectsSource,
};

function sourceFor<K extends SourceKind>(kind: K, member: MemberContext, params: URLSearchParams): Built {
  const p = parseExportFilters(kind, params);
  return p.ok ? { source: SOURCES[kind](member, p.filters) } : { error: p };
}

/**
 * CSV download of a list, with the list's filters as GET parameters. 401 signed out, 404 not a member (or an unknown
 * kind), 403 without portfolio:read (every list is readable by every reader, as on the pages), 400 for a bad filter.
 * Lists are streamed batch by batch (lib/domain/export/stream.ts); the AM load table is small and built in one go.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ agency: string; kind: string }> }) {
  const { agency, kind } = await params;
  const auth = await requireApiMember(agency, "portfolio:read");
  if (auth.response) return auth.response;
  if (!isExportKind(kind)) return apiError(404, "not_found", "No such export.");
  const { member } = auth;
  const headers = {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${member.agencySlug}-${kind}-${new Date().toISOString().slice(0, 10)}.csv"`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
  const search = request.nextUrl.searchParams;
  try {
    if (kind === "am-load") {
      const parsed = parseExportFilters("am-load", search);
      if (!parsed.ok) return apiError(400, "invalid_filter", parsed.message, { fieldErrors: parsed.fieldErrors });
      return new Response(await amLoadCsv(member.agencyId, member.user.id, parsed.filters), { headers });
    }
    const result = sourceFor(kind, member, search);
    if ("error" in result) {
      const { message, fieldErrors } = result.error;
      return apiError(400, "invalid_filter", message, { fieldErrors });
    }
    return new Response(csvStream({ agencyId: member.agencyId, userId: member.user.id }, result.source), { headers });
  } catch (error) {
    const errorId = randomUUID();
    console.error(`[api export] unexpected error ${errorId}`, error);
    return apiError(500, "error", `Something went wrong on our side (reference ${errorId.slice(0, 8)}).`);
  }
}
