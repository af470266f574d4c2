import { randomUUID } from "node:crypto";
import { apiError, requireApiMember } from "@/lib/auth/api-member";
import { recordAudit } from "@/lib/audit/record";
import { withTenant } from "@/lib/db/tenant";
import { agencyArchiveStream } from "@/lib/domain/export/archive";

export const dynamic = "force-dynamic";

/**
 * The agency's whole archive (lib/domain/export/archive.ts) as a ZIP download, for leaders ("agency:export"): 401
 * signed out, 404 not a member, 403 without the permission. Taking everything out is audited before the first byte.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ agency: string }> }) {
  const { agency } = await params;
  const auth = await requireApiMember(agency, "agency:export");
  if (auth.response) return auth.response;
  const { member } = auth;
  const day = new Date().toISOString().slice(0, 10);
  try {
    await withTenant(member.agencyId, member.user.id, (tx) =>
      recordAudit(tx, {
        agencyId: member.agencyId,
        actorId: member.user.id,
        action: "agency.exported",
        entityType: "Agency",
        entityId: member.agencyId,
        after: { format: "zip" },
      }),
    );
    const stream = agencyArchiveStream({
      agencyId: member.agencyId,
      userId: member.user.id,
      agencySlug: member.agencySlug,
      agencyName: member.agencyName,
      by: member.user.email,
    });
    return new Response(stream, {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${member.agencySlug}-archive-${day}.zip"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const errorId = randomUUID();
    console.error(`[api archive] unexpected error ${errorId}`, error);
    return apiError(500, "error", `Something went wrong on our side (reference ${errorId.slice(0, 8)}).`);
  }
}
