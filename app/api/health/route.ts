import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/**
 * Liveness + readiness: 200 only when the database answers, 503 when it does not. Anyone can call it, so it says
 * only up or down; the reason goes to the server log, never to the caller (it may name hosts, ports or roles).
 */
export async function GET() {
  const database = await checkDatabase();
  if (!database.ok) console.warn(`[health] database unavailable after ${database.latencyMs} ms: ${database.error}`);
  const body = { status: database.ok ? "ok" : "unavailable" };
  return NextResponse.json(body, { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
