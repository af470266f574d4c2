import { NextResponse, type NextRequest } from "next/server";
import { unsubscribeWithToken } from "@/lib/notifications/unsubscribe";

/**
 * One-click unsubscribe (RFC 8058): mail clients POST here (List-Unsubscribe-Post), and the page's button posts the
 * same. The signed token is the authority; no sign-in. GET does nothing (link scanners prefetch links).
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const outcome = await unsubscribeWithToken(token);
  const wantsPage = (request.headers.get("accept") ?? "").includes("text/html");
  if (wantsPage) {
    const to = new URL(`/unsubscribe/${encodeURIComponent(token)}?${outcome.ok ? "done=1" : "invalid=1"}`, request.url);
    return NextResponse.redirect(to, 303);
  }
  return NextResponse.json({ ok: outcome.ok }, { status: outcome.ok ? 200 : 404 });
}
