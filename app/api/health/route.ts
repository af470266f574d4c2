import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** Liveness + readiness: 200 only when the database answers, 503 (with the reason) when it does not. */
export async function GET() {
  const database = await checkDatabase();
  const body = { status: database.ok ? "ok" : "unavailable", database };
  return NextResponse.json(body, { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
