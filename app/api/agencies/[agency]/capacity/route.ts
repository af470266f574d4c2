import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { apiError, NO_STORE, requireApiMember } from "@/lib/auth/api-member";
import { fieldErrorsOf } from "@/lib/actions/define-action";
import { INVALID_INPUT_MESSAGE } from "@/lib/actions/result";
import { answerWhatIf, whatIfSchema } from "@/lib/domain/portfolio/what-if";

export const dynamic = "force-dynamic";

/** GET ?count=3&tier=TIER_1&complexity=STANDARD → can the team absorb them, or how many AMs to hire. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ agency: string }> }) {
  const { agency } = await params;
  const auth = await requireApiMember(agency, "portfolio:read");
  if (auth.response) return auth.response;
  const parsed = whatIfSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success)
    return apiError(400, "invalid", INVALID_INPUT_MESSAGE, {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  try {
    return NextResponse.json(await answerWhatIf(auth.member.agencyId, auth.member.user.id, parsed.data), {
      headers: NO_STORE,
    });
  } catch (error) {
    const errorId = randomUUID();
    console.error(`[api capacity] unexpected error ${errorId}`, error);
    return apiError(500, "error", `Something went wrong on our side (reference ${errorId.slice(0, 8)}).`);
  }
}
